package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Lifecycle;
import io.rancherdeploy.emulator.model.Process;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The service processes a client starts (create, update, remove and the actions of §6.2): each is
 * checked against the state table first, then moves the service into its transitioning state; the
 * reconciler carries it to its end state on the simulation thread.
 */
final class ServiceProcesses {

  private static final Set<String> FAULTABLE =
      Set.of(
          "activate",
          "upgrade",
          "finishupgrade",
          "rollback",
          "restart",
          "deactivate",
          "continueupgrade");

  private final Store store;
  private final Scheduler scheduler;
  private final FaultPlan faults;
  private final Timings timings;
  private final ServiceLinks links;
  private final ServiceLog log;
  private final Consumer<String> evaluate;

  ServiceProcesses(
      Store store,
      Scheduler scheduler,
      FaultPlan faults,
      Timings timings,
      ServiceLinks links,
      ServiceLog log,
      Consumer<String> evaluate) {
    this.store = store;
    this.scheduler = scheduler;
    this.faults = faults;
    this.timings = timings;
    this.links = links;
    this.log = log;
    this.evaluate = evaluate;
  }

  ObjectNode create(String project, ResourceType type, ObjectNode input) {
    ObjectNode created =
        store.atomically(
            () -> {
              ServiceInput.checkCreate(
                  input, store, project, type == ResourceType.LOAD_BALANCER_SERVICE);
              ObjectNode accepted = ServiceInput.accepted(input);
              return store.create(
                  type,
                  project,
                  s -> {
                    s.setAll(accepted);
                    s.set(
                        "launchConfig", ServiceInput.launchConfig(input.path("launchConfig"), "0"));
                    var sidekicks = s.putArray("secondaryLaunchConfigs");
                    input
                        .path("secondaryLaunchConfigs")
                        .forEach(lc -> sidekicks.add(ServiceInput.launchConfig(lc, "0")));
                    s.put("scale", input.path("scale").asInt(1));
                    if (!s.path("metadata").isObject()) {
                      s.putObject("metadata");
                    }
                    s.put("kind", type.apiName());
                    s.put("healthState", "healthy");
                    s.put("currentScale", 0);
                    s.putArray("instanceIds");
                    s.putObject("linkedServices");
                    s.putArray("publicEndpoints");
                    s.putNull("upgrade");
                    s.putNull("fqdn");
                    s.put("system", false);
                    s.put("createIndex", 0);
                    Resources.begin(s, "registering");
                    Resources.nextGeneration(s);
                  });
            });
    String id = Resources.id(created);
    boolean startOnCreate = input.path("startOnCreate").asBoolean(false);
    scheduler.schedule(
        timings.register(),
        () -> {
          store.update(
              id,
              s -> {
                if (Resources.state(s).equals("registering")) {
                  Resources.settle(s, "inactive");
                }
                return null;
              });
          if (startOnCreate) {
            action(id, "activate", Store.JSON.createObjectNode());
          }
        });
    log.record(created, "service.create", "Service created");
    return created;
  }

  ObjectNode update(String id, ObjectNode input) {
    ObjectNode updated =
        store.update(
            id,
            s -> {
              ServiceInput.checkUpdate(input, s, store);
              String state = Resources.state(s);
              if (Resources.isRemoved(s)
                  || !Set.of(
                          "inactive",
                          "active",
                          "updating-active",
                          "updating-inactive",
                          "finishing-upgrade",
                          "activating",
                          "canceling-upgrade",
                          "upgrading",
                          "rolling-back",
                          "upgraded",
                          "canceled-upgrade",
                          "registering",
                          "restarting")
                      .contains(state)) {
                throw ApiError.conflict(
                    "Service " + Resources.name(s) + " cannot be updated in state " + state);
              }
              boolean scaleChanged =
                  input.hasNonNull("scale")
                      && input.path("scale").asInt() != s.path("scale").asInt();
              input
                  .fields()
                  .forEachRemaining(
                      f -> {
                        if (ServiceInput.UPDATABLE.contains(f.getKey())) {
                          s.set(
                              f.getKey(),
                              f.getKey().equals("scale")
                                  ? s.numberNode(f.getValue().asInt())
                                  : f.getValue().deepCopy());
                        }
                      });
              if (state.equals("active") && scaleChanged) {
                Resources.begin(s, "updating-active");
                Resources.nextGeneration(s);
              } else if (state.equals("inactive")) {
                Resources.begin(s, "updating-inactive");
                Resources.nextGeneration(s);
              }
              return s.deepCopy();
            });
    evaluateSoon(id, timings.linkActivate());
    return updated;
  }

  ObjectNode remove(String id) {
    ObjectNode removing =
        store.update(
            id,
            s -> {
              Process remove = Lifecycle.SERVICE.process("remove").orElseThrow();
              if (!remove.canStartIn(Resources.state(s))) {
                throw ApiError.methodNotAllowed(
                    "Service "
                        + Resources.name(s)
                        + " cannot be removed in state "
                        + Resources.state(s));
              }
              beginProcess(s, remove);
              return s.deepCopy();
            });
    links.removeAllOf(id);
    log.record(removing, "service.remove", "Service removed");
    evaluateSoon(id, Duration.ZERO);
    return removing;
  }

  /**
   * A service action ({@code ?action=name}); returns the service as it is after the action started.
   */
  ObjectNode action(String id, String action, ObjectNode input) {
    ObjectNode service =
        store.get(id).orElseThrow(() -> ApiError.notFound("service [" + id + "] not found"));
    if (!Lifecycle.SERVICE.actionNames().contains(action)) {
      throw ApiError.invalidAction(action, Resources.type(service));
    }
    if (Lifecycle.SERVICE.isAlwaysOffered(action)) {
      if (Resources.isRemoved(service)) {
        throw ApiError.actionNotAvailable(action, id, Resources.state(service));
      }
      return links.apply(service, action, input);
    }
    if (action.equals("remove")) {
      return remove(id);
    }
    Process process = Lifecycle.SERVICE.process(action).orElseThrow();
    ObjectNode started =
        store.update(
            id,
            s -> {
              if (!process.canStartIn(Resources.state(s))) {
                throw ApiError.actionNotAvailable(action, id, Resources.state(s));
              }
              prepare(s, action, input);
              beginProcess(s, process);
              return s.deepCopy();
            });
    if (FAULTABLE.contains(action)) {
      faults
          .takeServiceFault(Fault.TransitioningError.class, Resources.name(started))
          .ifPresent(f -> store.update(id, s -> s.put("_failed", f.message())));
    }
    if (action.equals("upgrade")) {
      faults
          .takeServiceFault(Fault.StuckUpgrade.class, Resources.name(started))
          .ifPresent(f -> store.update(id, s -> s.put("_stuck", true)));
    }
    log.record(started, "service." + action, "Service " + action);
    evaluateSoon(id, Duration.ZERO);
    return started;
  }

  private void prepare(ObjectNode service, String action, ObjectNode input) {
    switch (action) {
      case "upgrade" -> UpgradeInput.apply(service, input);
      case "rollback" -> UpgradeInput.restorePrevious(service);
      case "restart" ->
          service.set(
              "_restart",
              Resources.arrayOf(
                  store
                      .list(
                          c ->
                              Resources.isContainer(c)
                                  && !Resources.isRemoved(c)
                                  && Resources.contains(c.path("serviceIds"), Resources.id(service))
                                  && Resources.state(c).equals("running"))
                      .stream()
                      .map(Resources::id)
                      .toList()));
      default -> {}
    }
  }

  private static void beginProcess(ObjectNode service, Process process) {
    for (String flag : new String[] {"_failed", "_stuck", "_sleeping", "_batch", "_restart"}) {
      if (!flag.equals("_restart") || !process.name().equals("restart")) {
        service.remove(flag);
      }
    }
    Resources.begin(service, process.transitioningState());
    Resources.nextGeneration(service);
  }

  private void evaluateSoon(String id, Duration delay) {
    scheduler.schedule(delay, () -> evaluate.accept(id));
  }

  static boolean isService(JsonNode r) {
    return Resources.isService(r);
  }
}
