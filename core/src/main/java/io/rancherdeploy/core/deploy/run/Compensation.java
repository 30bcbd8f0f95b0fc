package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.ResourceState;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to the upgrades a failed deploy started, as {@link OnFailure} says: roll each back
 * (the default) and wait until it is active again, finish each, or leave them. It runs on its own
 * budget (the rollback timeout) and cannot be cancelled, so a cancel or a passed deadline still
 * leaves a known state.
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
    List<String> done = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    Set<String> upgrades = ctx.upgradesStarted();
    if (onFailure == OnFailure.LEAVE) {
      upgrades.forEach(
          s ->
              ctx.progress.warning(
                  Optional.of(s), "Left as it is after the failure (onFailure LEAVE)"));
      return new Outcome(done, failed, messages);
    }
    for (String name : new java.util.TreeSet<>(upgrades)) {
      try {
        if (onFailure == OnFailure.ROLLBACK ? rollBack(ctx, name) : finish(ctx, name)) {
          done.add(name);
        }
      } catch (StepFailure | RancherDeployException e) {
        failed.add(name);
        messages.add(name + ": " + e.getMessage());
        ctx.progress.warning(
            Optional.of(name),
            "Could not "
                + (onFailure == OnFailure.ROLLBACK ? "roll back" : "finish")
                + ": "
                + e.getMessage());
      }
    }
    return new Outcome(done, failed, messages);
  }

  /** Rolls back an open upgrade; false when there was none left to roll back (already finished). */
  private static boolean rollBack(RunContext ctx, String name) {
    Service live = settle(ctx, name);
    if (!live.hasAction("rollback")) {
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
    } catch (StepFailure first) {
      // Rancher may fail a rollback process once (a host hiccup); a second try is cheap and often
      // enough.
      Service again = ctx.client.reload(ctx.require(name, Phase.ROLLBACK)).orElseThrow(() -> first);
      if (!again.hasAction("rollback")) {
        throw first;
      }
      ctx.progress.warning(
          Optional.of(name), "Rollback failed once, trying again: " + first.getMessage());
      ctx.update(name, rollbackOnce(ctx, name, again));
    }
    ctx.progress.service(name, "Rolled back");
    return true;
  }

  private static Service rollbackOnce(RunContext ctx, String name, Service live) {
    Service rolling = ctx.client.action(live, "rollback", null);
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
    Service live = ctx.client.reload(ctx.require(name, Phase.ROLLBACK))
        .orElseThrow(() -> StepFailure.of(Phase.ROLLBACK, name, "service " + name + " is gone"));
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
