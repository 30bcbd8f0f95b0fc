package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.ServiceAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans the operations that need only the stack name: finish or roll back open upgrades, remove
 * services or the stack, scale, restart. Like {@link Planner}, pure, and every problem is reported
 * before any change.
 */
public final class OperationPlanner {
  private OperationPlanner() {}

  /** Finishes the named upgrades (all services in {@code upgraded} when none are named). */
  public static DeployPlan finish(String stack, RemoteState remote, Set<String> names) {
    return perService(
        stack,
        remote,
        names,
        Set.of(ServiceState.UPGRADED),
        (name, steps) -> {
          steps.add(new PlanStep.FinishUpgrade(name, "asked to finish"));
          steps.add(new PlanStep.Await(name, AwaitTarget.ACTIVE, Phase.FINISH, "finished"));
          return ServiceAction.FINISH;
        });
  }

  /** Rolls back the named upgrades (all open upgrades when none are named). */
  public static DeployPlan rollback(String stack, RemoteState remote, Set<String> names) {
    Set<ServiceState> open =
        Set.of(ServiceState.UPGRADED, ServiceState.UPGRADING, ServiceState.CANCELED_UPGRADE);
    return perService(
        stack,
        remote,
        names,
        open,
        (name, steps) -> {
          steps.add(new PlanStep.Rollback(name, "asked to roll back"));
          steps.add(new PlanStep.Await(name, AwaitTarget.ACTIVE, Phase.ROLLBACK, "rolled back"));
          return ServiceAction.ROLLBACK;
        });
  }

  /**
   * Removes the named services, or the whole stack (services, containers and the stack) when none
   * are named.
   */
  public static DeployPlan remove(String stack, RemoteState remote, Set<String> names) {
    requireStack(stack, remote);
    if (names.isEmpty()) {
      List<ServicePlan> services =
          remote.services().stream()
              .map(
                  s ->
                      new ServicePlan(
                          s.name(),
                          ServiceAction.REMOVE,
                          "the stack is removed",
                          List.of(),
                          Set.of(),
                          List.of(),
                          s.imageIfAny(),
                          Optional.empty()))
              .toList();
      return new DeployPlan(
          stack,
          List.of(),
          services,
          List.of(new PlanStep.RemoveStack(stack, "asked to remove the stack")),
          List.of());
    }
    return perService(
        stack,
        remote,
        names,
        null,
        (name, steps) -> {
          steps.add(new PlanStep.RemoveService(name, "asked to remove it"));
          steps.add(new PlanStep.Await(name, AwaitTarget.REMOVED, Phase.REMOVE, "gone"));
          return ServiceAction.REMOVE;
        });
  }

  /** Sets the scale of each named service and waits until the containers run. */
  public static DeployPlan scale(String stack, RemoteState remote, Map<String, Integer> scales) {
    List<String> problems = new ArrayList<>();
    scales.forEach(
        (name, n) -> {
          if (n < 0) {
            problems.add("scale of " + name + " must be 0 or more, got " + n);
          }
        });
    if (!problems.isEmpty()) {
      throw new PlanRejectedException(stack, problems);
    }
    return perService(
        stack,
        remote,
        scales.keySet(),
        null,
        (name, steps) -> {
          steps.add(new PlanStep.Scale(name, scales.get(name), "asked to scale"));
          steps.add(new PlanStep.Await(name, AwaitTarget.HEALTHY, Phase.SCALE, "scaled"));
          return ServiceAction.SCALE;
        });
  }

  /**
   * Restarts the containers of the named services (all active ones when none are named) in place,
   * batch by batch, and waits until they run and are healthy again.
   */
  public static DeployPlan restart(
      String stack, RemoteState remote, Set<String> names, int batchSize, Duration interval) {
    return perService(
        stack,
        remote,
        names,
        Set.of(ServiceState.ACTIVE),
        (name, steps) -> {
          steps.add(new PlanStep.Restart(name, batchSize, interval, "asked to restart"));
          steps.add(new PlanStep.Await(name, AwaitTarget.HEALTHY, Phase.RESTART, "restarted"));
          return ServiceAction.RESTART;
        });
  }

  private interface Steps {
    ServiceAction add(String name, List<PlanStep> steps);
  }

  /**
   * One plan per service: the named ones (they must exist), or every one whose state is in {@code
   * eligible} when none are named. A named service whose state is not eligible is left alone and
   * says why.
   */
  private static DeployPlan perService(
      String stack,
      RemoteState remote,
      Set<String> names,
      Set<ServiceState> eligible,
      Steps steps) {
    requireStack(stack, remote);
    List<String> problems = new ArrayList<>();
    for (String name : new TreeSet<>(names)) {
      if (remote.service(name).isEmpty()) {
        problems.add(
            "stack "
                + stack
                + " has no service '"
                + name
                + "'; it has: "
                + String.join(
                    ", ", remote.services().stream().map(RemoteService::name).sorted().toList()));
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanRejectedException(stack, problems);
    }
    List<ServicePlan> services = new ArrayList<>();
    for (RemoteService s : remote.services()) {
      boolean named = names.contains(s.name());
      boolean fits = eligible == null || eligible.contains(s.state());
      if (!names.isEmpty() && !named || names.isEmpty() && !fits) {
        continue;
      }
      if (!fits) {
        services.add(
            new ServicePlan(
                s.name(),
                ServiceAction.UNCHANGED,
                "nothing to do in state " + s.state().rancherName(),
                List.of(),
                Set.of(),
                List.of(),
                s.imageIfAny(),
                s.imageIfAny()));
        continue;
      }
      List<PlanStep> list = new ArrayList<>();
      ServiceAction action = steps.add(s.name(), list);
      services.add(
          new ServicePlan(
              s.name(),
              action,
              list.get(0).reason(),
              List.of(),
              Set.of(),
              list,
              s.imageIfAny(),
              s.imageIfAny()));
    }
    return new DeployPlan(stack, List.of(), services, List.of(), List.of());
  }

  private static void requireStack(String stack, RemoteState remote) {
    if (remote.stackId().isEmpty()) {
      throw new PlanRejectedException(
          stack,
          List.of(
              "stack "
                  + stack
                  + " does not exist in this environment: "
                  + "check the stack and environment names"));
    }
  }
}
