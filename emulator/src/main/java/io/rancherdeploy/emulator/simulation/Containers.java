package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Lifecycle;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Containers' lifecycle (rancher-api.md §6.3): creating, (pulling,) starting, running, health from
 * initializing to healthy (or never), crash at start, start-once exit, stop, start, restart,
 * remove. Each step is a scheduled task that checks the container's generation, so a stop cancels a
 * pending start. After every change the owning service is told ({@code serviceChanged}).
 */
final class Containers {

  static final String START_ONCE = "io.rancher.container.start_once";

  private final Store store;
  private final Scheduler scheduler;
  private final ImageCatalog images;
  private final Timings timings;
  private final List<ContainerListener> listeners = new CopyOnWriteArrayList<>();
  private Consumer<String> serviceChanged = id -> {};

  Containers(Store store, Scheduler scheduler, ImageCatalog images, Timings timings) {
    this.store = store;
    this.scheduler = scheduler;
    this.images = images;
    this.timings = timings;
  }

  void onServiceChanged(Consumer<String> callback) {
    this.serviceChanged = callback;
  }

  void addListener(ContainerListener listener) {
    listeners.add(listener);
  }

  /** Creates a container from a launch config on a host and starts it. */
  String create(
      ObjectNode service,
      int unit,
      String launchConfigName,
      JsonNode launchConfig,
      String hostId,
      String containerName,
      String stackName) {
    ObjectNode created =
        store.create(
            ResourceType.CONTAINER,
            Resources.account(service),
            c -> {
              ContainerFields.fill(
                  c,
                  service,
                  unit,
                  launchConfigName,
                  launchConfig,
                  hostId,
                  containerName,
                  stackName);
              Resources.begin(c, "creating");
              Resources.nextGeneration(c);
            });
    String id = Resources.id(created);
    int generation = Resources.generation(created);
    scheduler.schedule(timings.create(), () -> pullThenStart(id, generation));
    return id;
  }

  private void pullThenStart(String id, int generation) {
    ObjectNode container =
        step(
            id,
            generation,
            c -> {
              Resources.begin(c, "starting");
              c.put("transitioningMessage", "Starting");
            });
    if (container == null) {
      return;
    }
    String image = container.path("imageUuid").asText();
    boolean cached =
        store.update(
            container.path("hostId").asText(),
            host -> {
              boolean had = Resources.contains(host.path("_images"), image);
              if (!had) {
                (host.has("_images")
                        ? (com.fasterxml.jackson.databind.node.ArrayNode) host.get("_images")
                        : host.putArray("_images"))
                    .add(image);
              }
              return had;
            });
    ImageBehaviour behaviour = images.behaviourOf(image);
    Duration delay =
        cached ? behaviour.startDelay() : behaviour.pullDelay().plus(behaviour.startDelay());
    if (!cached) {
      step(id, generation, c -> c.put("transitioningMessage", "Pulling image " + image));
    }
    scheduler.schedule(delay, () -> running(id, generation, behaviour));
  }

  private void running(String id, int generation, ImageBehaviour behaviour) {
    ObjectNode container =
        step(
            id,
            generation,
            c -> {
              Resources.settle(c, "running");
              if (behaviour.crashAtStart()) {
                c.put("_crashing", true);
              }
              c.put("startCount", c.path("startCount").asInt() + 1);
              if (c.path("firstRunning").isNull()) {
                c.put("firstRunning", Store.formatTime(store.now()));
              }
              c.putNull("exitCode");
              if (c.path("healthCheck").isObject()) {
                c.put("healthState", "initializing");
              }
            });
    if (container == null) {
      return;
    }
    listeners.forEach(l -> l.started(container));
    if (behaviour.crashAtStart()) {
      scheduler.schedule(
          Duration.ofMillis(100), () -> exit(id, generation, behaviour.crashExitCode(), true));
      return;
    }
    if ("true".equals(container.path("labels").path(START_ONCE).asText())) {
      scheduler.schedule(
          behaviour.runFor(), () -> exit(id, generation, behaviour.exitCode(), false));
    }
    if (container.path("healthCheck").isObject()) {
      scheduleHealth(id, generation, behaviour, container.path("healthCheck"));
    }
  }

  private void scheduleHealth(
      String id, int generation, ImageBehaviour behaviour, JsonNode healthCheck) {
    if (behaviour.healthy()) {
      scheduler.schedule(behaviour.healthyAfter(), () -> health(id, generation, "healthy"));
    } else if (healthCheck.path("initializingTimeout").asLong() > 0) {
      scheduler.schedule(
          Duration.ofMillis(healthCheck.path("initializingTimeout").asLong()),
          () -> health(id, generation, "unhealthy"));
    }
  }

  private void health(String id, int generation, String healthState) {
    ObjectNode container =
        step(
            id,
            generation,
            c -> {
              if (Resources.state(c).equals("running")) {
                c.put("healthState", healthState);
              }
            });
    if (container != null) {
      listeners.forEach(l -> l.healthChanged(container));
    }
  }

  private void exit(String id, int generation, int exitCode, boolean crashed) {
    ObjectNode container =
        step(
            id,
            generation,
            c -> {
              Resources.settle(c, "stopped");
              c.put("exitCode", exitCode);
              if (crashed) {
                c.put("_crashed", true);
              }
            });
    if (container != null) {
      listeners.forEach(l -> l.stopped(container));
    }
  }

  /** Stops a container (a no-op when it is already stopped or removed). */
  void stop(String id) {
    ObjectNode begun =
        store.update(
            id,
            c -> {
              if (!Lifecycle.CONTAINER
                  .process("stop")
                  .orElseThrow()
                  .canStartIn(Resources.state(c))) {
                return null;
              }
              Resources.begin(c, "stopping");
              Resources.nextGeneration(c);
              return c.deepCopy();
            });
    if (begun != null) {
      int generation = Resources.generation(begun);
      scheduler.schedule(
          timings.stop(),
          () -> {
            ObjectNode stopped =
                step(
                    id,
                    generation,
                    c -> {
                      Resources.settle(c, "stopped");
                      c.put("exitCode", 0);
                    });
            if (stopped != null) {
              listeners.forEach(l -> l.stopped(stopped));
            }
          });
    }
  }

  /** Starts a stopped container again. */
  void start(String id) {
    ObjectNode begun =
        store.update(
            id,
            c -> {
              if (!Resources.state(c).equals("stopped")) {
                return null;
              }
              Resources.begin(c, "starting");
              Resources.nextGeneration(c);
              c.remove("_crashed");
              c.remove("_crashing");
              return c.deepCopy();
            });
    if (begun != null) {
      int generation = Resources.generation(begun);
      ImageBehaviour behaviour = images.behaviourOf(begun.path("imageUuid").asText());
      scheduler.schedule(behaviour.startDelay(), () -> running(id, generation, behaviour));
    }
  }

  /**
   * Removes a container whatever its state (running ones are stopped on the way, as Cattle's purge
   * does).
   */
  void remove(String id) {
    ObjectNode begun =
        store.update(
            id,
            c -> {
              String state = Resources.state(c);
              if (state.equals("removed") || state.equals("removing") || state.equals("purged")) {
                return null;
              }
              Resources.begin(c, "removing");
              Resources.nextGeneration(c);
              return c.deepCopy();
            });
    if (begun != null) {
      int generation = Resources.generation(begun);
      scheduler.schedule(
          timings.remove(),
          () -> {
            ObjectNode removed =
                step(
                    id,
                    generation,
                    c -> {
                      Resources.settle(c, "removed");
                      c.put("removed", Store.formatTime(store.now()));
                      c.put("removeTime", Store.formatTime(store.now()));
                    });
            if (removed != null) {
              listeners.forEach(l -> l.removed(removed));
            }
          });
    }
  }

  /** The container's host went away: it is stopped at once, with no process. */
  void lose(String id) {
    ObjectNode lost =
        store.update(
            id,
            c -> {
              if (Resources.isRemoved(c) || Resources.state(c).equals("removing")) {
                return null;
              }
              Resources.settle(c, "stopped");
              Resources.nextGeneration(c);
              c.put("healthState", "unhealthy");
              c.put("_lost", true);
              return c.deepCopy();
            });
    if (lost != null) {
      listeners.forEach(l -> l.stopped(lost));
      notifyService(lost);
    }
  }

  /**
   * A user action on a container ({@code stop}, {@code start}, {@code restart}), checked against
   * its state.
   */
  void action(String id, String action) {
    ObjectNode container =
        store.get(id).orElseThrow(() -> ApiError.notFound("container [" + id + "] not found"));
    String state = Resources.state(container);
    if (!Lifecycle.CONTAINER.actionsIn(state).contains(action)) {
      throw ApiError.actionNotAvailable(action, id, state);
    }
    switch (action) {
      case "stop" -> stop(id);
      case "start" -> start(id);
      case "restart" -> {
        stop(id);
        scheduler.schedule(timings.stop(), () -> start(id));
      }
      case "remove" -> remove(id);
      default -> throw ApiError.invalidAction(action, "container");
    }
  }

  /**
   * Applies a step if the container is still in the same generation; returns the new copy or null.
   */
  private ObjectNode step(String id, int generation, Consumer<ObjectNode> change) {
    ObjectNode after =
        store.update(
            id,
            c -> {
              if (Resources.generation(c) != generation) {
                return null;
              }
              change.accept(c);
              return c.deepCopy();
            });
    if (after != null) {
      notifyService(after);
    }
    return after;
  }

  private void notifyService(ObjectNode container) {
    for (JsonNode serviceId : container.path("serviceIds")) {
      serviceChanged.accept(serviceId.asText());
    }
  }
}
