package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.RancherApiException;
import io.rancherdeploy.core.api.RancherUnavailableException;
import io.rancherdeploy.core.api.ResourceState;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Phase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What happens to the upgrades a failed deploy started, as {@link OnFailure} says: roll each back
 * (the default) and wait until it is active again, finish each, or leave them. Independent services
 * are cleaned up in parallel up to the deploy's parallelism, rollbacks in reverse dependency order
 * ({@link CleanupOrder}); one service's failed cleanup does not stop the others'. It runs on its
 * own budget (the rollback timeout bounds every wait and the whole) and cannot be cancelled, so a
 * cancel or a passed deadline still leaves a known state.
 */
final class Compensation {
  /** What the cleanup did: the services put back (or finished), and the ones it could not. */
  record Outcome(List<String> done, List<String> failed, List<String> messages) {
    boolean complete() {
      return failed.isEmpty();
    }
  }

  private Compensation() {}

  static Outcome run(RunContext ctx, OnFailure onFailure) {
    Set<String> upgrades = ctx.upgradesStarted();
    if (onFailure == OnFailure.LEAVE) {
      upgrades.forEach(
          s ->
              ctx.progress.warning(
                  Optional.of(s), "Left as it is after the failure (onFailure LEAVE)"));
      return new Outcome(List.of(), List.of(), List.of());
    }
    boolean rollback = onFailure == OnFailure.ROLLBACK;
    Set<String> done = ConcurrentHashMap.newKeySet();
    Map<String, String> failed = new ConcurrentHashMap<>();
    ServiceScheduler.uninterruptible(ctx, ctx.options.parallelism())
        .run(
            CleanupOrder.plans(ctx, upgrades, rollback),
            plan -> cleanUp(ctx, plan.service(), rollback, done, failed));
    return new Outcome(
        List.copyOf(new TreeSet<>(done)),
        List.copyOf(new TreeSet<>(failed.keySet())),
        new TreeMap<>(failed).values().stream().toList());
  }

  /** One service's cleanup; never throws, so that the others go on. */
  private static void cleanUp(
      RunContext ctx, String name, boolean rollback, Set<String> done, Map<String, String> failed) {
    try {
      if (rollback ? rollBack(ctx, name) : finish(ctx, name)) {
        done.add(name);
      }
    } catch (StepFailure | RancherDeployException e) {
      failed.put(name, name + ": " + e.getMessage());
      ctx.progress.warning(
          Optional.of(name),
          "Could not " + (rollback ? "roll back" : "finish") + ": " + e.getMessage());
    }
  }

  /** Rolls back an open upgrade; false when there was none left to roll back (already finished). */
  private static boolean rollBack(RunContext ctx, String name) {
    Service live = settle(ctx, name);
    if (!live.hasAction("rollback")) {
      if (live.state() == ResourceState.ACTIVE && neverUpgraded(ctx, name, live)) {
        ctx.progress.service(
            name, "Not upgraded: the upgrade request failed; nothing to roll back");
        return true;
      }
      if (live.state() == ResourceState.ACTIVE) {
        throw StepFailure.of(
            Phase.ROLLBACK,
            name,
            "the upgrade of " + name + " was already finished and cannot " + "be rolled back");
      }
      throw new StepFailure(
          Phase.ROLLBACK,
          Optional.of(name),
          Optional.of(live.stateName()),
          live.transitioningMessage(),
          "Rancher offers no rollback for " + name + " in state " + live.stateName(),
          false,
          null);
    }
    ctx.progress.service(name, "Rolling back");
    try {
      ctx.update(name, rollbackOnce(ctx, name, live));
    } catch (StepFailure | RancherApiException | RancherUnavailableException first) {
      // Rancher may fail a rollback process once (a host hiccup), and a 5xx or a dropped answer
      // leaves unknown whether the request was taken: read the service again and either wait for
      // the rollback it is already doing or ask once more.
      Service again = ctx.client.reload(ctx.require(name, Phase.ROLLBACK)).orElseThrow(() -> first);
      if (again.state() == ResourceState.ROLLING_BACK) {
        ctx.update(name, untilActive(ctx, name, again));
      } else if (again.hasAction("rollback")) {
        ctx.progress.warning(
            Optional.of(name), "Rollback failed once, trying again: " + first.getMessage());
        ctx.update(name, rollbackOnce(ctx, name, again));
      } else {
        throw first;
      }
    }
    ctx.progress.service(name, "Rolled back");
    return true;
  }

  /**
   * The upgrade request failed before Rancher took it: the launch config is the one from before.
   */
  private static boolean neverUpgraded(RunContext ctx, String name, Service live) {
    return ctx.versionBefore(name).filter(ServiceBodies.version(live)::equals).isPresent();
  }

  private static Service rollbackOnce(RunContext ctx, String name, Service live) {
    return untilActive(ctx, name, ctx.client.action(live, "rollback", null));
  }

  private static Service untilActive(RunContext ctx, String name, Service rolling) {
    return Waits.await(ctx, Phase.ROLLBACK, name, rolling, Condition.state(ResourceState.ACTIVE));
  }

  private static boolean finish(RunContext ctx, String name) {
    Service live = settle(ctx, name);
    if (live.state() != ResourceState.UPGRADED) {
      return false;
    }
    Service finishing = ctx.client.action(live, "finishupgrade", null);
    ctx.update(
        name,
        Waits.await(ctx, Phase.FINISH, name, finishing, Condition.state(ResourceState.ACTIVE)));
    ctx.progress.service(name, "Finished upgrade after the failure (onFailure FINISH)");
    return true;
  }

  /** The service as it is now; a stuck upgrade is canceled first so that it can be rolled back. */
  private static Service settle(RunContext ctx, String name) {
    Service live =
        ctx.client
            .reload(ctx.require(name, Phase.ROLLBACK))
            .orElseThrow(
                () -> StepFailure.of(Phase.ROLLBACK, name, "service " + name + " is gone"));
    if (live.state() == ResourceState.UPGRADING
        && !live.hasAction("rollback")
        && live.hasAction("cancelupgrade")) {
      live = ctx.client.action(live, "cancelupgrade", null);
    }
    if (live.transitioning() == io.rancherdeploy.core.api.Transitioning.YES
        && !live.hasAction("rollback")) {
      live = Waits.await(ctx, Phase.ROLLBACK, name, live, Condition.settled());
    }
    ctx.update(name, live);
    return live;
  }
}
