package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.model.Validation;
import java.time.Duration;
import java.util.Map;

/**
 * The server's behaviour behind the API: what creating, changing, removing and acting on resources
 * does, advanced on the {@link Scheduler}. Calls from request threads check and start a process
 * (throwing an {@link ApiError} and changing nothing when the input or the state is wrong); the
 * simulation thread carries it on.
 */
public final class Simulation {

  private final Store store;
  private final Scheduler scheduler;
  private final ImageCatalog images;
  private final Containers containers;
  private final ServiceReconciler reconciler;
  private final ServiceProcesses services;
  private final StackProcesses stacks;
  private final HostFailover failover;

  public Simulation(Store store, Scheduler scheduler, ImageCatalog images, FaultPlan faults) {
    this.store = store;
    this.scheduler = scheduler;
    this.images = images;
    Timings timings = Timings.realistic();
    this.containers = new Containers(store, scheduler, images, timings);
    Upgrades upgrades = new Upgrades(store, containers, scheduler);
    this.reconciler =
        new ServiceReconciler(
            store, containers, new Placement(store), upgrades, new ServiceHealth(store));
    this.services =
        new ServiceProcesses(
            store,
            scheduler,
            faults,
            timings,
            new ServiceLinks(store),
            new ServiceLog(store),
            this::evaluate);
    this.stacks = new StackProcesses(store, scheduler, timings, services);
    this.failover = new HostFailover(store, scheduler, containers, this::evaluate);
    containers.onServiceChanged(id -> scheduler.schedule(Duration.ZERO, () -> evaluate(id)));
    upgrades.onEvaluate(id -> scheduler.schedule(Duration.ZERO, () -> evaluate(id)));
  }

  /** Advances one service (and then its stack) as far as its containers allow. */
  void evaluate(String serviceId) {
    reconciler.evaluate(serviceId);
    store.read(serviceId, s -> s.path("stackId").asText()).ifPresent(stacks::evaluate);
  }

  public void addContainerListener(ContainerListener listener) {
    containers.addListener(listener);
  }

  public ObjectNode createStack(String project, ObjectNode input) {
    return stacks.create(project, input);
  }

  public ObjectNode updateStack(String id, ObjectNode input) {
    return stacks.update(id, input);
  }

  /** A stack action; returns the stack, or the action's output (exportconfig's composeConfig). */
  public ObjectNode stackAction(String id, String action, ObjectNode input) {
    return stacks.action(id, action, input);
  }

  public ObjectNode createService(String project, ResourceType type, ObjectNode input) {
    return services.create(project, type, input);
  }

  public ObjectNode updateService(String id, ObjectNode input) {
    return services.update(id, input);
  }

  /** DELETE on a service: the remove process (405 when its state does not allow it). */
  public ObjectNode removeService(String id) {
    return services.remove(id);
  }

  /** DELETE on a stack: removes it and its services. */
  public ObjectNode removeStack(String id) {
    return stacks.action(id, "remove", Store.JSON.createObjectNode());
  }

  /** DELETE on a container: stopped on the way if it runs, then removed. */
  public ObjectNode removeContainer(String id) {
    ObjectNode before = store.get(id).orElseThrow();
    containers.remove(id);
    return store.get(id).orElse(before);
  }

  public ObjectNode serviceAction(String id, String action, ObjectNode input) {
    return services.action(id, action, input);
  }

  /** A container action ({@code stop}, {@code start}, {@code restart}, {@code remove}). */
  public ObjectNode containerAction(String id, String action) {
    containers.action(id, action);
    return store.get(id).orElseThrow();
  }

  /** Creates a pull task: it pulls the image on every active host of the environment. */
  public ObjectNode createPullTask(String project, ObjectNode input) {
    Validation.types(
        input,
        Map.of(
            "image",
            Validation.Kind.STRING,
            "mode",
            Validation.Kind.STRING,
            "labels",
            Validation.Kind.OBJECT));
    String image = Validation.requiredString(input, "image");
    ObjectNode task =
        store.create(
            ResourceType.PULL_TASK,
            project,
            t -> {
              t.setAll(ServiceInput.accepted(input));
              t.put("mode", input.path("mode").asText("all"));
              t.put("kind", "pullTask");
              t.putObject("status");
              Resources.begin(t, "activating");
            });
    Duration delay = images.behaviourOf(image).pullDelay();
    scheduler.schedule(
        delay,
        () ->
            store.update(
                Resources.id(task),
                t -> {
                  ObjectNode status = t.putObject("status");
                  store
                      .list(
                          h ->
                              Resources.type(h).equals("host")
                                  && Resources.account(h).equals(project)
                                  && Resources.state(h).equals("active"))
                      .forEach(h -> status.put(Resources.id(h), "Done"));
                  Resources.settle(t, "active");
                  return null;
                }));
    return task;
  }

  /**
   * A host action: {@code deactivate} stops scheduling there (containers keep running), {@code
   * activate} resumes it, {@code remove} (only when inactive) loses its containers like a suspended
   * host.
   */
  public ObjectNode hostAction(String hostId, String action) {
    ObjectNode host =
        store.get(hostId).orElseThrow(() -> ApiError.notFound("host [" + hostId + "] not found"));
    if (!io.rancherdeploy.emulator.model.Lifecycle.HOST.actionNames().contains(action)) {
      throw ApiError.invalidAction(action, "host");
    }
    if (!io.rancherdeploy.emulator.model.Lifecycle.HOST
        .actionsIn(Resources.state(host))
        .contains(action)) {
      throw ApiError.actionNotAvailable(action, hostId, Resources.state(host));
    }
    switch (action) {
      case "deactivate" ->
          store.update(
              hostId,
              h -> {
                Resources.settle(h, "inactive");
                return null;
              });
      case "activate" -> failover.resume(hostId);
      default -> {
        failover.suspend(hostId);
        store.update(
            hostId,
            h -> {
              Resources.settle(h, "removed");
              h.put("removed", Store.formatTime(store.now()));
              return null;
            });
      }
    }
    return store.get(hostId).orElse(host);
  }

  public void suspendHost(String hostId) {
    failover.suspend(hostId);
  }

  public void resumeHost(String hostId) {
    failover.resume(hostId);
  }

  public void hostFailoverDelay(Duration delay) {
    failover.delay(delay);
  }
}
