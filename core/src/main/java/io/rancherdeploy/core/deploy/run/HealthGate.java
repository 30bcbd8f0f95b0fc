package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.Container;
import io.rancherdeploy.core.api.ResourceState;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Subscription;
import io.rancherdeploy.core.deploy.Phase;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a service's current containers are good, not just whether Rancher says {@code
 * active} or {@code upgraded} (older servers reach {@code upgraded} before the new containers are
 * healthy, and a start-once container that exits 1 still looks started): each container of the
 * current launch configs must run and be healthy; without a health check it must keep running for
 * the grace period; a start-once container must exit 0. An unhealthy or exited container fails at
 * once, naming it.
 */
final class HealthGate {
  static final String START_ONCE = "io.rancher.container.start_once";

  private HealthGate() {}

  /** Returns how many containers run (or ran to completion) once the gate passes. */
  static int check(RunContext ctx, String name, Service service, Phase phase) {
    List<Container> current = current(ctx, name, service);
    int wanted = service.scale() * (1 + service.secondaryLaunchConfigs().size());
    if (current.size() < wanted) {
      throw new StepFailure(
          phase,
          Optional.of(name),
          Optional.of(service.stateName()),
          service.transitioningMessage(),
          service.describe()
              + " has "
              + current.size()
              + " of "
              + wanted
              + " containers of its current config",
          false,
          null);
    }
    boolean healthCheck =
        !service.launchConfig().path("healthCheck").isMissingNode()
            && !service.launchConfig().path("healthCheck").isNull();
    for (Container container : current) {
      Waits.await(ctx, phase, name, container, good(name, phase, healthCheck));
    }
    List<Container> running = current.stream().filter(c -> !startOnce(c)).toList();
    if (!healthCheck && !running.isEmpty() && !ctx.options.healthGrace().isZero()) {
      keepsRunning(ctx, name, running, phase);
    }
    return current.size();
  }

  /**
   * The service's containers, without those an upgrade replaced: they were there before it and now
   * stand stopped until the finish. Containers an upgrade kept (an unchanged primary next to a new
   * sidekick) count.
   */
  private static List<Container> current(RunContext ctx, String name, Service service) {
    Set<String> old = ctx.oldContainers(name);
    return ctx.client.link(service, "instances", ResourceType.CONTAINER).stream()
        .filter(
            c -> !c.isRemoved() && !(old.contains(c.id()) && c.state() == ResourceState.STOPPED))
        .toList();
  }

  private static Condition<Container> good(String name, Phase phase, boolean healthCheck) {
    return Condition.of(
        healthCheck ? "to run and be healthy" : "to run",
        c -> {
          if (startOnce(c)) {
            return exitedCleanly(name, phase, c);
          }
          if (c.state() == ResourceState.STOPPED || c.state().isError() || c.state().isRemoved()) {
            throw failed(
                name,
                phase,
                c,
                "container "
                    + c.name()
                    + " is "
                    + c.stateName()
                    + c.exitCode().map(code -> " (exit code " + code + ")").orElse(""));
          }
          if (c.healthState().filter("unhealthy"::equals).isPresent()) {
            throw failed(name, phase, c, "container " + c.name() + " is unhealthy");
          }
          return c.state() == ResourceState.RUNNING
              && (!healthCheck || c.healthState().filter("healthy"::equals).isPresent());
        });
  }

  private static boolean exitedCleanly(String name, Phase phase, Container c) {
    if (c.state() != ResourceState.STOPPED) {
      return false;
    }
    long code = c.exitCode().orElse(0L);
    if (code != 0) {
      throw failed(
          name, phase, c, "start-once container " + c.name() + " exited with code " + code);
    }
    return true;
  }

  /**
   * Without a health check, a container counts as good once it has kept running for the grace
   * period.
   */
  private static void keepsRunning(
      RunContext ctx, String name, List<Container> running, Phase phase) {
    Set<String> ids = new HashSet<>();
    running.forEach(c -> ids.add(c.id()));
    Map<String, Container> stopped = new ConcurrentHashMap<>();
    try (Subscription watch =
        ctx.client.onResourceChange(
            r -> {
              if (ids.contains(r.id()) && r instanceof Container c && leftRunning(c)) {
                stopped.putIfAbsent(c.id(), c);
              }
            })) {
      Waits.pause(ctx, phase, name, ctx.options.healthGrace());
    }
    stopped.values().stream()
        .findFirst()
        .ifPresent(
            c -> {
              throw failed(
                  name,
                  phase,
                  c,
                  "container "
                      + c.name()
                      + " stopped within the health grace of "
                      + ctx.options.healthGrace().toMillis()
                      + " ms (state "
                      + c.stateName()
                      + ")");
            });
  }

  /**
   * Events arrive asynchronously: one from before the container ran ({@code creating}, {@code
   * starting}) can come after the wait saw it running. Only a state a running container moves to
   * counts as a stop.
   */
  private static boolean leftRunning(Container c) {
    ResourceState state = c.state();
    return state == ResourceState.STOPPING
        || state == ResourceState.STOPPED
        || state == ResourceState.RESTARTING
        || state.isError()
        || state.isRemoved();
  }

  static boolean startOnce(Container c) {
    return "true".equalsIgnoreCase(c.labels().get(START_ONCE));
  }

  private static StepFailure failed(String name, Phase phase, Container c, String message) {
    return new StepFailure(
        phase,
        Optional.of(name),
        Optional.of(c.stateName()),
        c.transitioningMessage(),
        message,
        false,
        null);
  }
}
