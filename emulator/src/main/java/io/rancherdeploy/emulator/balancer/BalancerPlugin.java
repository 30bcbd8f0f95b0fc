package io.rancherdeploy.emulator.balancer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.EmulatorPlugin;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.ResourceChange;
import io.rancherdeploy.emulator.model.ResourceType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Puts load balancers into the emulator: while a load balancer service is up (active, or in the
 * middle of an upgrade), each of its source ports answers HTTP on a free loopback port, spreading
 * requests over the running, healthy containers of the port rule's target services.
 */
public final class BalancerPlugin implements EmulatorPlugin {

  /** Service states in which an LB's containers serve (between activating and deactivating). */
  private static final Set<String> SERVING =
      Set.of(
          "active",
          "updating-active",
          "upgrading",
          "upgraded",
          "finishing-upgrade",
          "rolling-back",
          "canceling-upgrade",
          "canceled-upgrade",
          "restarting");

  private final Consumer<ResourceChange> listener = this::changed;
  private volatile EmulatorControl control;
  private volatile LoadBalancers balancers;
  private volatile Context context;

  @Override
  public void install(Context installedIn) {
    context = installedIn;
    control = installedIn.control();
    balancers = new LoadBalancers(new Targets(control));
    control.addListener(listener);
  }

  /** The listeners open now, by service and source port. */
  public List<BalancerPort> ports() {
    return installed().ports();
  }

  /** Where a load balancer service answers for {@code sourcePort}, while it is up. */
  public Optional<BalancerPort> port(String serviceId, int sourcePort) {
    return installed().port(serviceId, sourcePort);
  }

  /**
   * Waits until a load balancer service answers for {@code sourcePort}: its listener opens just
   * after the service turns active.
   *
   * @throws IllegalStateException when the deadline passes first, naming the service and port
   */
  public BalancerPort awaitPort(String serviceId, int sourcePort, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      Optional<BalancerPort> port = port(serviceId, sourcePort);
      if (port.isPresent()) {
        return port.get();
      }
      if (System.nanoTime() - end > 0) {
        throw new IllegalStateException(
            "load balancer "
                + serviceId
                + " did not listen for source port "
                + sourcePort
                + " within "
                + deadline.toMillis()
                + " ms; it is "
                + control
                    .resource(serviceId)
                    .map(s -> "in state " + s.path("state").asText())
                    .orElse("unknown")
                + " and its port rules name the ports "
                + control.resource(serviceId).map(PortRules::sourcePorts).orElse(Set.of()));
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for load balancer " + serviceId, e);
      }
    }
  }

  @Override
  public void close() {
    if (balancers != null) {
      control.removeListener(listener);
      balancers.close();
    }
  }

  private LoadBalancers installed() {
    if (balancers == null) {
      throw new IllegalStateException(
          "the load balancer plugin is not installed in a started emulator");
    }
    return balancers;
  }

  private void changed(ResourceChange change) {
    if (change.type() != ResourceType.LOAD_BALANCER_SERVICE) {
      return;
    }
    ObjectNode service = change.resource();
    if (SERVING.contains(service.path("state").asText())) {
      Set<Integer> sourcePorts = PortRules.sourcePorts(service);
      sourcePorts.forEach(port -> balancers.open(change.id(), port));
      balancers.retain(change.id(), sourcePorts);
    } else {
      balancers.close(change.id());
    }
    publish(change.id(), service);
  }

  /**
   * Shows where the service answers in its {@code publicEndpoints}, as Rancher shows a load
   * balancer's host ports: one entry per source port, by source port, with the loopback port that
   * answers.
   */
  private void publish(String serviceId, ObjectNode service) {
    ArrayNode endpoints = JsonNodeFactory.instance.arrayNode();
    for (BalancerPort port : balancers.ports()) {
      if (port.serviceId().equals(serviceId)) {
        ObjectNode endpoint = endpoints.addObject();
        endpoint.put("type", "publicEndpoint");
        endpoint.put("ipAddress", "127.0.0.1");
        endpoint.put("port", port.localPort());
        endpoint.put("serviceId", serviceId);
      }
    }
    if (!endpoints.equals(service.path("publicEndpoints"))
        && !(endpoints.isEmpty() && !service.path("publicEndpoints").isArray())) {
      try {
        context.updateResource(serviceId, node -> node.set("publicEndpoints", endpoints));
      } catch (ApiError gone) {
        // The service was purged in between: nothing left to show the endpoints on.
      }
    }
  }

  /** Looks the targets up in the emulator's state at each request. */
  private record Targets(EmulatorControl control) implements BalancerTargets {
    @Override
    public List<Backend> backends(
        String balancerServiceId, int sourcePort, String hostHeader, String path) {
      Optional<ObjectNode> balancer = control.resource(balancerServiceId);
      if (balancer.isEmpty()) {
        return List.of();
      }
      return PortRules.targets(balancer.get(), sourcePort, hostHeader, path).stream()
          .flatMap(serviceId -> control.containers(serviceId).stream())
          .filter(Targets::serving)
          .map(this::backend)
          .toList();
    }

    private static boolean serving(JsonNode container) {
      String health = container.path("healthState").asText("");
      return container.path("state").asText().equals("running")
          && (health.isEmpty() || health.equals("null") || health.equals("healthy"));
    }

    private Backend backend(ObjectNode container) {
      String hostId = container.path("hostId").asText("");
      String host =
          control
              .resource(hostId)
              .map(found -> found.path("hostname").asText(found.path("name").asText(hostId)))
              .orElse(hostId);
      return new Backend(container.path("id").asText(), container.path("name").asText(), host);
    }
  }
}
