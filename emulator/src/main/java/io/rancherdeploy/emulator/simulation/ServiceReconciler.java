package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Relation;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a service towards what its state asks for, one look at a time (called after every change of
 * the service or its containers, on the simulation thread): creates and removes deployment units,
 * starts and stops containers, and ends each process in its end state (rancher-api.md §6.2).
 */
final class ServiceReconciler {

  private final Store store;
  private final Containers containers;
  private final Placement placement;
  private final Upgrades upgrades;
  private final ServiceHealth health;

  ServiceReconciler(
      Store store,
      Containers containers,
      Placement placement,
      Upgrades upgrades,
      ServiceHealth health) {
    this.store = store;
    this.containers = containers;
    this.placement = placement;
    this.upgrades = upgrades;
    this.health = health;
  }

  void evaluate(String serviceId) {
    Optional<ObjectNode> found = store.get(serviceId);
    if (found.isEmpty() || Resources.isRemoved(found.get())) {
      return;
    }
    ObjectNode service = found.get();
    if (service.path("_failed").isTextual()) {
      store.update(
          serviceId,
          s -> {
            Resources.fail(s, s.path("_failed").asText());
            return null;
          });
      health.refresh(serviceId);
      return;
    }
    switch (Resources.state(service)) {
      case "activating", "updating-active", "active" -> activate(service);
      case "restarting" -> restart(service);
      case "deactivating" -> deactivate(service);
      case "upgrading" -> upgrades.step(service, this);
      case "canceling-upgrade" -> settle(serviceId, "canceled-upgrade");
      case "finishing-upgrade" -> finishUpgrade(service);
      case "rolling-back" -> rollBack(service);
      case "removing" -> remove(service);
      case "updating-inactive" -> settle(serviceId, "inactive");
      default -> {}
    }
    health.refresh(serviceId);
  }

  private void activate(ObjectNode service) {
    List<ObjectNode> current = ensureUnits(service);
    Optional<ObjectNode> crashed =
        current.stream().filter(c -> c.path("_crashed").asBoolean()).findFirst();
    if (Resources.state(service).equals("active")) {
      return;
    }
    if (crashed.isPresent()) {
      message(
          Resources.id(service),
          "Container "
              + Resources.name(crashed.get())
              + " exited with code "
              + crashed.get().path("exitCode").asInt()
              + " right after it started");
    } else if (current.size() == expected(service)
        && current.stream().allMatch(ServiceReconciler::started)) {
      settle(Resources.id(service), "active");
    }
  }

  /**
   * Running, or a start-once container that ran and exited. Any other stopped container (one an
   * upgrade or a deactivate stopped, even after it ran once) is not started: it must run again.
   */
  private static boolean started(JsonNode container) {
    return (Resources.state(container).equals("running")
            && !container.path("_crashing").asBoolean())
        || (isStartOnce(container)
            && Resources.state(container).equals("stopped")
            && container.path("startCount").asInt() > 0
            && !container.path("_crashed").asBoolean()
            && !container.path("_lost").asBoolean());
  }

  /**
   * Creates the missing current containers of units 1..scale, starts stopped ones, removes units
   * above the scale; returns the current containers of the wanted units.
   */
  List<ObjectNode> ensureUnits(ObjectNode service) {
    int scale = service.path("scale").asInt(1);
    Map<String, JsonNode> configs = LaunchConfigs.of(service);
    List<ObjectNode> all = containersOf(Resources.id(service));
    for (ObjectNode c : all) {
      if (c.path("_unit").asInt() > scale && LaunchConfigs.isCurrent(c, configs)) {
        containers.remove(Resources.id(c));
      }
    }
    List<ObjectNode> current = new ArrayList<>();
    for (int unit = 1; unit <= scale; unit++) {
      current.addAll(ensureUnit(service, unit, configs, all, Optional.empty()));
    }
    return current;
  }

  /** The unit's current containers, creating (on {@code host} or a chosen one) those missing. */
  List<ObjectNode> ensureUnit(
      ObjectNode service,
      int unit,
      Map<String, JsonNode> configs,
      List<ObjectNode> all,
      Optional<String> host) {
    List<ObjectNode> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : configs.keySet()) {
      Optional<ObjectNode> c =
          all.stream()
              .filter(
                  x ->
                      x.path("_unit").asInt() == unit
                          && x.path("_launchConfig").asText().equals(name)
                          && LaunchConfigs.isCurrent(x, configs))
              .findFirst();
      if (c.isPresent()) {
        if (Resources.state(c.get()).equals("stopped")
            && !c.get().path("_crashed").asBoolean()
            && !c.get().path("_lost").asBoolean()
            && !isStartOnce(c.get())) {
          containers.start(Resources.id(c.get()));
          // The caller judges the unit by what it is now (starting), not by the copy from before.
          present.add(store.get(Resources.id(c.get())).orElse(c.get()));
        } else {
          present.add(c.get());
        }
      } else {
        missing.add(name);
      }
    }
    if (missing.isEmpty()) {
      return present;
    }
    Optional<String> target =
        host.or(
            () ->
                present.stream()
                    .filter(c -> !c.path("_lost").asBoolean())
                    .map(c -> c.path("hostId").asText())
                    .findFirst());
    List<JsonNode> unitConfigs = missing.stream().map(configs::get).toList();
    target = target.or(() -> placement.choose(service, unitConfigs));
    if (target.isEmpty()) {
      message(Resources.id(service), placement.whyNot(service, unitConfigs));
      return present;
    }
    String stack = stackName(service);
    for (String name : missing) {
      String id =
          containers.create(
              service,
              unit,
              name,
              configs.get(name),
              target.get(),
              LaunchConfigs.containerName(stack, service, name, unit),
              stack);
      store.get(id).ifPresent(present::add);
    }
    return present;
  }

  private static boolean isStartOnce(JsonNode container) {
    return "true".equals(container.path("labels").path(Containers.START_ONCE).asText());
  }

  private void restart(ObjectNode service) {
    List<String> pending = Resources.strings(service.path("_restart"));
    List<String> left = new ArrayList<>();
    for (String id : pending) {
      String state = store.get(id).map(Resources::state).orElse("removed");
      if (state.equals("running") || state.equals("starting")) {
        containers.stop(id);
        left.add(id);
      } else if (state.equals("stopped")) {
        containers.start(id);
      } else if (state.equals("stopping")) {
        left.add(id);
      }
    }
    store.update(Resources.id(service), s -> s.set("_restart", Resources.arrayOf(left)));
    if (left.isEmpty()) {
      List<ObjectNode> current = ensureUnits(service);
      if (current.stream().allMatch(ServiceReconciler::started)) {
        settle(Resources.id(service), "active");
      }
    }
  }

  private void deactivate(ObjectNode service) {
    boolean allStopped = true;
    for (ObjectNode c : containersOf(Resources.id(service))) {
      String state = Resources.state(c);
      if (!state.equals("stopped")) {
        containers.stop(Resources.id(c));
        allStopped = false;
      }
    }
    if (allStopped) {
      settle(Resources.id(service), "inactive");
    }
  }

  private void finishUpgrade(ObjectNode service) {
    Map<String, JsonNode> configs = LaunchConfigs.of(service);
    boolean clean = true;
    for (ObjectNode c : containersOf(Resources.id(service))) {
      if (!LaunchConfigs.isCurrent(c, configs)) {
        containers.remove(Resources.id(c));
        clean = false;
      }
    }
    if (clean) {
      settle(Resources.id(service), "active");
    }
  }

  private void rollBack(ObjectNode service) {
    Map<String, JsonNode> configs = LaunchConfigs.of(service);
    for (ObjectNode c : containersOf(Resources.id(service))) {
      if (!LaunchConfigs.isCurrent(c, configs)) {
        containers.remove(Resources.id(c));
      }
    }
    List<ObjectNode> current = ensureUnits(service);
    if (current.size() == expected(service)
        && current.stream().allMatch(ServiceReconciler::started)) {
      settle(Resources.id(service), "active");
    }
  }

  private void remove(ObjectNode service) {
    List<ObjectNode> left = containersOf(Resources.id(service));
    left.forEach(c -> containers.remove(Resources.id(c)));
    if (left.isEmpty()) {
      store.update(
          Resources.id(service),
          s -> {
            Resources.settle(s, "removed");
            s.put("removed", Store.formatTime(store.now()));
            s.put("removeTime", Store.formatTime(store.now()));
            return null;
          });
    }
  }

  /** Non-removed containers of the service (removing ones included until they are gone). */
  List<ObjectNode> containersOf(String serviceId) {
    return store.list(Relation.CONTAINERS_OF_SERVICE, serviceId, c -> !Resources.isRemoved(c));
  }

  static int expected(JsonNode service) {
    return service.path("scale").asInt(1) * LaunchConfigs.of(service).size();
  }

  String stackName(JsonNode service) {
    return store.get(service.path("stackId").asText()).map(Resources::name).orElse("stack");
  }

  void settle(String serviceId, String state) {
    store.update(
        serviceId,
        s -> {
          Resources.settle(s, state);
          s.remove("_batch");
          return null;
        });
  }

  void message(String serviceId, String message) {
    store.update(
        serviceId,
        s -> {
          if (s.path("transitioning").asText().equals("yes")) {
            s.put("transitioningMessage", message);
          }
          return null;
        });
  }
}
