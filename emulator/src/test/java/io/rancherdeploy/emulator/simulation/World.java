package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A simulation without HTTP on a manual clock: steps run only when the test advances time. */
final class World {

  final Store store = new Store(Clock.systemUTC());
  final ManualScheduler clock = new ManualScheduler();
  final ImageCatalog images = new ImageCatalog();
  final FaultPlan faults = new FaultPlan(1);
  final Simulation simulation = new Simulation(store, clock, images, faults);
  final String project;

  World(int hosts) {
    project =
        Resources.id(
            store.create(
                ResourceType.PROJECT,
                "1a1",
                p -> {
                  p.put("name", "Default");
                  Resources.settle(p, "active");
                }));
    for (int i = 1; i <= hosts; i++) {
      int n = i;
      store.create(
          ResourceType.HOST,
          project,
          h -> {
            h.put("name", "host" + n);
            h.put("agentIpAddress", "10.0.0." + n);
            Resources.settle(h, "active");
          });
    }
  }

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) Store.JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  String stack(String name) {
    String id = Resources.id(simulation.createStack(project, json("{\"name\":\"" + name + "\"}")));
    settle();
    return id;
  }

  String service(String stack, String body) {
    ObjectNode input = json(body);
    input.put("stackId", stack);
    String id = Resources.id(simulation.createService(project, ResourceType.SERVICE, input));
    settle();
    return id;
  }

  /** A service in a new stack {@code demo}, activated (the activation not yet settled). */
  String activated(String serviceBody) {
    String id = service(stack("demo"), serviceBody);
    action(id, "activate", "{}");
    return id;
  }

  ObjectNode action(String id, String action, String body) {
    return simulation.serviceAction(id, action, json(body));
  }

  /** Runs every step due in the next minute of simulated time (enough for any default delay). */
  void settle() {
    clock.advance(Duration.ofMinutes(1));
  }

  void advance(Duration duration) {
    clock.advance(duration);
  }

  ObjectNode get(String id) {
    return store.get(id).orElseThrow();
  }

  String state(String id) {
    return Resources.state(get(id));
  }

  List<ObjectNode> containers(String serviceId) {
    return store.list(
        c ->
            Resources.isContainer(c)
                && !Resources.isRemoved(c)
                && Resources.contains(c.path("serviceIds"), serviceId));
  }

  List<String> states(String serviceId) {
    return containers(serviceId).stream()
        .map(c -> Resources.state(c) + ":" + c.path("imageUuid").asText())
        .sorted()
        .toList();
  }
}
