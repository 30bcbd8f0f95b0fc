package io.rancherdeploy.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.http.EventHub;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import io.rancherdeploy.emulator.journal.RequestJournal;
import io.rancherdeploy.emulator.model.ApiKey;
import io.rancherdeploy.emulator.model.Certificates;
import io.rancherdeploy.emulator.model.Keys;
import io.rancherdeploy.emulator.model.ResourceChange;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.FaultPlan;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import io.rancherdeploy.emulator.simulation.ImageCatalog;
import io.rancherdeploy.emulator.simulation.RandomFaults;
import io.rancherdeploy.emulator.simulation.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The {@link EmulatorControl} behind every {@link RancherEmulator}. */
final class Control implements EmulatorControl {

  private final Store store;
  private final Keys keys;
  private final FaultPlan faults;
  private final RequestJournal journal;
  private final ImageCatalog images;
  private final StoreQueries queries;
  private Simulation simulation;
  private EventHub events;
  private volatile List<EmulatorPlugin> plugins = List.of();

  Control(Store store, Keys keys, FaultPlan faults, RequestJournal journal, ImageCatalog images) {
    this.store = store;
    this.keys = keys;
    this.faults = faults;
    this.journal = journal;
    this.images = images;
    this.queries = new StoreQueries(store);
  }

  void plugins(List<EmulatorPlugin> installed) {
    this.plugins = List.copyOf(installed);
  }

  @Override
  public <T extends EmulatorPlugin> Optional<T> plugin(Class<T> type) {
    return plugins.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  void attach(Simulation simulation, EventHub events) {
    this.simulation = simulation;
    this.events = events;
  }

  @Override
  public void image(String image, ImageBehaviour behaviour) {
    images.define(image, behaviour);
  }

  @Override
  public void defaultImage(ImageBehaviour behaviour) {
    images.defaults(behaviour);
  }

  @Override
  public void inject(Fault fault) {
    faults.inject(fault);
  }

  @Override
  public void randomFaults(RandomFaults random) {
    faults.random(random);
  }

  @Override
  public void clearFaults() {
    faults.clear();
  }

  @Override
  public void dropWebsockets() {
    events.dropAll();
  }

  @Override
  public String addEnvironment(String name) {
    return store
        .create(
            ResourceType.PROJECT,
            "1a1",
            p -> {
              p.put("name", name);
              Resources.settle(p, "active");
              p.put("orchestration", "cattle");
              p.put("kind", "project");
            })
        .get("id")
        .asText();
  }

  @Override
  public void addKey(ApiKey key) {
    keys.add(key);
  }

  @Override
  public String addHost(String projectId, String hostname) {
    requireEnvironment(projectId, "host " + hostname);
    return store
        .create(
            ResourceType.HOST,
            projectId,
            h -> {
              h.put("name", hostname);
              h.put("hostname", hostname);
              Resources.settle(h, "active");
              h.put("agentState", "active");
              h.put("kind", "docker");
              h.put(
                  "agentIpAddress",
                  "10.0.0." + (10 + Integer.parseInt(h.get("id").asText().substring(2))));
            })
        .get("id")
        .asText();
  }

  @Override
  public String addCertificate(String projectId, String name) {
    requireEnvironment(projectId, "certificate " + name);
    return Certificates.add(store, projectId, name);
  }

  @Override
  public void removeCertificate(String certificateId) {
    Certificates.remove(store, certificateId);
  }

  private void requireEnvironment(String projectId, String what) {
    if (store.get(projectId).isEmpty()) {
      throw new IllegalArgumentException("no environment " + projectId + " to add " + what + " to");
    }
  }

  @Override
  public List<ObjectNode> hosts() {
    return resources("host");
  }

  @Override
  public void suspendHost(String hostId) {
    simulation.suspendHost(hostId);
  }

  @Override
  public void resumeHost(String hostId) {
    simulation.resumeHost(hostId);
  }

  @Override
  public void hostFailoverDelay(Duration delay) {
    simulation.hostFailoverDelay(delay);
  }

  @Override
  public List<RecordedRequest> requests() {
    return journal.entries();
  }

  @Override
  public void clearRequests() {
    journal.clear();
  }

  @Override
  public Optional<ObjectNode> resource(String id) {
    return queries.resource(id);
  }

  @Override
  public List<ObjectNode> resources(String type) {
    return queries.resources(type);
  }

  @Override
  public Optional<ObjectNode> stack(String name) {
    return queries.stack(name);
  }

  @Override
  public Optional<ObjectNode> service(String stack, String service) {
    return queries.service(stack, service);
  }

  @Override
  public List<ObjectNode> containers(String serviceId) {
    return queries.containers(serviceId);
  }

  @Override
  public ObjectNode await(
      String id, String description, Predicate<ObjectNode> condition, Duration deadline) {
    return queries.await(id, description, condition, deadline);
  }

  @Override
  public ObjectNode awaitState(String id, String state, Duration deadline) {
    return queries.awaitState(id, state, deadline);
  }

  @Override
  public void addListener(Consumer<ResourceChange> listener) {
    store.addListener(listener);
  }

  @Override
  public void removeListener(Consumer<ResourceChange> listener) {
    store.removeListener(listener);
  }
}
