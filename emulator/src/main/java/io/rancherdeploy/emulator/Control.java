package io.rancherdeploy.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.http.EventHub;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import io.rancherdeploy.emulator.journal.RequestJournal;
import io.rancherdeploy.emulator.model.ApiKey;
import io.rancherdeploy.emulator.model.Certificates;
import io.rancherdeploy.emulator.model.Keys;
import io.rancherdeploy.emulator.model.ResourceChange;
import io.rancherdeploy.emulator.model.ResourceType;
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
    private final Object changed = new Object();
    private Simulation simulation;
    private EventHub events;
    private volatile List<EmulatorPlugin> plugins = List.of();

    Control(Store store, Keys keys, FaultPlan faults, RequestJournal journal, ImageCatalog images) {
        this.store = store;
        this.keys = keys;
        this.faults = faults;
        this.journal = journal;
        this.images = images;
        store.addListener(change -> {
            synchronized (changed) {
                changed.notifyAll();
            }
        });
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
        return store.create(ResourceType.PROJECT, "1a1", p -> {
            p.put("name", name);
            p.put("state", "active");
            p.put("transitioning", "no");
            p.putNull("transitioningMessage");
            p.put("orchestration", "cattle");
            p.put("kind", "project");
        }).get("id").asText();
    }

    @Override
    public void addKey(ApiKey key) {
        keys.add(key);
    }

    @Override
    public String addHost(String projectId, String hostname) {
        if (store.get(projectId).isEmpty()) {
      throw new IllegalArgumentException(
          "no environment " + projectId + " to add host " + hostname + " to");
        }
    return store
        .create(
            ResourceType.HOST,
            projectId,
            h -> {
              h.put("name", hostname);
              h.put("hostname", hostname);
              h.put("state", "active");
              h.put("agentState", "active");
              h.put("transitioning", "no");
              h.putNull("transitioningMessage");
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
    if (store.get(projectId).isEmpty()) {
      throw new IllegalArgumentException(
          "no environment " + projectId + " to add certificate " + name + " to");
    }
    return Certificates.add(store, projectId, name);
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
        return store.get(id);
    }

    @Override
    public List<ObjectNode> resources(String type) {
        return store.list(r -> r.path("type").asText().equals(type));
    }

    @Override
    public Optional<ObjectNode> stack(String name) {
        return store.list(r -> r.path("type").asText().equals("stack") && r.path("removed").isNull()
                && r.path("name").asText().equals(name)).stream().findFirst();
    }

    @Override
    public Optional<ObjectNode> service(String stack, String service) {
    return stack(stack)
        .flatMap(
            s ->
                store
                    .list(
                        r ->
                            r.path("baseType").asText().equals("service")
                                && r.path("removed").isNull()
                                && r.path("stackId").asText().equals(s.get("id").asText())
                                && r.path("name").asText().equals(service))
                    .stream()
                    .findFirst());
    }

    @Override
    public List<ObjectNode> containers(String serviceId) {
    return store.list(
        r ->
            r.path("type").asText().equals("container")
                && r.path("removed").isNull()
                && contains(r.path("serviceIds"), serviceId));
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

  @Override
  public ObjectNode await(
      String id, String description, Predicate<ObjectNode> condition, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            Optional<ObjectNode> current = store.get(id);
            if (current.isPresent() && condition.test(current.get())) {
                return current.get();
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
        throw new IllegalStateException(
            "waited "
                + deadline.toMillis()
                + " ms for "
                + id
                + " to be "
                + description
                + ", but it is "
                + current.map(Control::describe).orElse("absent"));
            }
            synchronized (changed) {
                try {
                    changed.wait(Math.max(1, Math.min(50, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
          throw new IllegalStateException(
              "interrupted while waiting for " + id + " to be " + description, e);
                }
            }
        }
    }

    @Override
    public ObjectNode awaitState(String id, String state, Duration deadline) {
        return await(id, "in state " + state, r -> r.path("state").asText().equals(state)
                && !r.path("transitioning").asText().equals("yes"), deadline);
    }

    private static String describe(ObjectNode resource) {
    return resource.path("type").asText()
        + " '"
        + resource.path("name").asText()
        + "' in state "
        + resource.path("state").asText()
        + " (transitioning "
        + resource.path("transitioning").asText()
        + (resource.path("transitioningMessage").isTextual()
            ? ": " + resource.path("transitioningMessage").asText()
            : "")
        + ", health "
        + resource.path("healthState").asText("none")
        + ")";
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
