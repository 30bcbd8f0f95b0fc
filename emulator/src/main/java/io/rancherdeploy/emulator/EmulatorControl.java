package io.rancherdeploy.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import io.rancherdeploy.emulator.model.ApiKey;
import io.rancherdeploy.emulator.model.ResourceChange;
import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import io.rancherdeploy.emulator.simulation.RandomFaults;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a test (or the demo) can do to the emulator besides calling its API: images' behaviours,
 * faults, hosts, environments and keys, the request journal, and state inspection with
 * deadline-bounded waits. Resources are returned as JSON objects with the fields GET returns
 * (without links and actions).
 */
public interface EmulatorControl {

  /**
   * How containers of {@code image} behave ({@code docker:} prefix and tag as in the compose file).
   */
  void image(String image, ImageBehaviour behaviour);

  /** The behaviour of images nobody configured. */
  void defaultImage(ImageBehaviour behaviour);

  /** Adds a scripted fault. */
  void inject(Fault fault);

  /** Random wire faults drawn from the seed. */
  void randomFaults(RandomFaults faults);

  /** Removes every scripted and random fault. */
  void clearFaults();

  /** Cuts every open {@code subscribe} websocket now, without a close frame. */
  void dropWebsockets();

  /** Adds an environment (project) and returns its id. */
  String addEnvironment(String name);

  /** Accepts another key (environment or account key). */
  void addKey(ApiKey key);

  /** Adds a host to an environment and returns its id. */
  String addHost(String projectId, String hostname);

  /**
   * Adds a load balancer certificate (the {@code certificates} collection) to an environment and
   * returns its id; names need not be unique, as in Rancher.
   */
  String addCertificate(String projectId, String name);

  /** Removes a certificate, as a user deleting it in the UI does. */
  void removeCertificate(String certificateId);

  /** The hosts of every environment. */
  List<ObjectNode> hosts();

  /**
   * The host goes down: its containers are lost; replacements are scheduled elsewhere after the
   * delay.
   */
  void suspendHost(String hostId);

  /** The host comes back (empty). */
  void resumeHost(String hostId);

  /** How long after a host goes down its lost containers are replaced (simulated time). */
  void hostFailoverDelay(Duration delay);

  /** The requests received so far, oldest first. */
  List<RecordedRequest> requests();

  void clearRequests();

  Optional<ObjectNode> resource(String id);

  /**
   * All resources of an API type ({@code "service"}, {@code "container"}, …), removed ones
   * included.
   */
  List<ObjectNode> resources(String type);

  /** The non-removed stack of that name in any environment. */
  Optional<ObjectNode> stack(String name);

  /** The non-removed service {@code service} of stack {@code stack}. */
  Optional<ObjectNode> service(String stack, String service);

  /** The non-removed containers of a service, in creation order. */
  List<ObjectNode> containers(String serviceId);

  /**
   * Waits until the resource satisfies {@code condition} and returns it; throws {@link
   * IllegalStateException} naming the resource, its state and {@code description} when the deadline
   * passes first.
   */
  ObjectNode await(
      String id, String description, Predicate<ObjectNode> condition, Duration deadline);

  /**
   * {@link #await} until {@code state} equals the given one and the resource is not transitioning.
   */
  ObjectNode awaitState(String id, String state, Duration deadline);

  /** Called with every change of every resource, in order (e.g. containers' lifecycle for logs). */
  void addListener(Consumer<ResourceChange> listener);

  void removeListener(Consumer<ResourceChange> listener);

  /**
   * The installed plugin of that class: {@code LogsPlugin} (containers' logs) and {@code
   * BalancerPlugin} (load balancers' loopback ports, {@code ports()}, {@code awaitPort(...)}) are
   * installed by default.
   */
  <T extends EmulatorPlugin> Optional<T> plugin(Class<T> type);
}
