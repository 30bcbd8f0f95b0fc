package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The in-service rolling upgrade (rancher-api.md §4.3.2): units are replaced in batches of {@code
 * batchSize}; with {@code startFirst} the new containers start (and become healthy) before the old
 * ones stop, otherwise the old ones stop first; {@code intervalMillis} passes between batches. Old
 * containers stay {@code stopped} until finishupgrade (removed) or rollback (restarted).
 */
final class Upgrades {

  private final Store store;
  private final Containers containers;
  private final Scheduler scheduler;
  private Consumer<String> evaluateLater = id -> {};

  Upgrades(Store store, Containers containers, Scheduler scheduler) {
    this.store = store;
    this.containers = containers;
    this.scheduler = scheduler;
  }

  void onEvaluate(Consumer<String> evaluate) {
    this.evaluateLater = evaluate;
  }

  void step(ObjectNode service, ServiceReconciler reconciler) {
    String id = Resources.id(service);
    if (service.path("_stuck").asBoolean() || service.path("_sleeping").asBoolean()) {
      return;
    }
    JsonNode strategy = service.path("upgrade").path("inServiceStrategy");
    int batchSize = Math.max(1, strategy.path("batchSize").asInt(1));
    boolean startFirst = strategy.path("startFirst").asBoolean(false);
    Map<String, JsonNode> configs = LaunchConfigs.of(service);
    List<ObjectNode> all = reconciler.containersOf(id);
    List<Integer> batch =
        Resources.strings(service.path("_batch")).stream().map(Integer::parseInt).toList();
    if (batch.isEmpty()) {
      List<Integer> pending = pendingUnits(service, configs, all);
      if (pending.isEmpty()) {
        stopOld(all, configs, List.of(), true);
        if (all.stream().noneMatch(c -> !LaunchConfigs.isCurrent(c, configs) && isLive(c))) {
          reconciler.settle(id, "upgraded");
        }
        return;
      }
      batch = pending.subList(0, Math.min(batchSize, pending.size()));
      List<Integer> chosen = batch;
      store.update(
          id,
          s -> s.set("_batch", Resources.arrayOf(chosen.stream().map(String::valueOf).toList())));
    }
    runBatch(service, batch, startFirst, configs, all, reconciler);
  }

  private void runBatch(
      ObjectNode service,
      List<Integer> batch,
      boolean startFirst,
      Map<String, JsonNode> configs,
      List<ObjectNode> all,
      ServiceReconciler reconciler) {
    String id = Resources.id(service);
    if (!startFirst && stopOld(all, configs, batch, false)) {
      return;
    }
    List<ObjectNode> fresh = new ArrayList<>();
    for (int unit : batch) {
      Optional<String> oldHost =
          startFirst
              ? Optional.empty()
              : all.stream()
                  .filter(c -> c.path("_unit").asInt() == unit && !c.path("_lost").asBoolean())
                  .map(c -> c.path("hostId").asText())
                  .findFirst();
      fresh.addAll(reconciler.ensureUnit(service, unit, configs, all, oldHost));
    }
    boolean ready =
        fresh.size() == batch.size() * configs.size()
            && fresh.stream().allMatch(LaunchConfigs::isReady);
    if (!ready) {
      if (fresh.stream()
          .anyMatch(c -> Resources.state(c).equals("running") && !LaunchConfigs.isReady(c))) {
        reconciler.message(id, "Waiting for instances to be healthy");
      }
      return;
    }
    if (startFirst && stopOld(all, configs, batch, false)) {
      return;
    }
    if (pendingUnits(service, configs, reconciler.containersOf(id)).isEmpty()) {
      store.update(id, s -> s.remove("_batch"));
      evaluateLater.accept(id);
      return;
    }
    long interval =
        service.path("upgrade").path("inServiceStrategy").path("intervalMillis").asLong(0);
    store.update(
        id,
        s -> {
          s.remove("_batch");
          s.put("_sleeping", true);
          s.put("transitioningMessage", "In Progress");
          return null;
        });
    int generation = Resources.generation(service);
    scheduler.schedule(
        Duration.ofMillis(interval),
        () -> {
          store.update(
              id,
              s -> {
                if (Resources.generation(s) == generation) {
                  s.remove("_sleeping");
                }
                return null;
              });
          evaluateLater.accept(id);
        });
  }

  /**
   * Stops the live old containers of the batch units (all units when {@code everyUnit}); true while
   * some still run.
   */
  private boolean stopOld(
      List<ObjectNode> all, Map<String, JsonNode> configs, List<Integer> batch, boolean everyUnit) {
    boolean waiting = false;
    for (ObjectNode c : all) {
      if (!LaunchConfigs.isCurrent(c, configs)
          && (everyUnit || batch.contains(c.path("_unit").asInt()))
          && isLive(c)) {
        containers.stop(Resources.id(c));
        waiting = true;
      }
    }
    return waiting;
  }

  private static boolean isLive(JsonNode c) {
    String state = Resources.state(c);
    return !state.equals("stopped") && !state.equals("removed") && !state.equals("removing");
  }

  /** Units 1..scale that lack a current container for some launch config. */
  private static List<Integer> pendingUnits(
      ObjectNode service, Map<String, JsonNode> configs, List<ObjectNode> all) {
    List<Integer> pending = new ArrayList<>();
    int scale = service.path("scale").asInt(1);
    for (int unit = 1; unit <= scale; unit++) {
      int u = unit;
      for (String name : configs.keySet()) {
        boolean has =
            all.stream()
                .anyMatch(
                    c ->
                        c.path("_unit").asInt() == u
                            && c.path("_launchConfig").asText().equals(name)
                            && LaunchConfigs.isCurrent(c, configs));
        if (!has) {
          pending.add(unit);
          break;
        }
      }
    }
    return pending;
  }
}
