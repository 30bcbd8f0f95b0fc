package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.RancherInterruptedException;
import io.rancherdeploy.core.api.RancherWaitException;
import io.rancherdeploy.core.api.Resource;
import io.rancherdeploy.core.deploy.Phase;
import java.time.Duration;
import java.util.Optional;

/**
 * Every wait of the engine goes through here: the timeout is the phase's (or what is left of the
 * overall one), a cancel ends it at once, and a wait that ends without its condition becomes a
 * {@link StepFailure} that names the phase, the service, the last state and {@code
 * transitioningMessage}.
 */
final class Waits {
  private Waits() {}

  static <T extends Resource> T await(
      RunContext ctx, Phase phase, String service, T resource, Condition<? super T> condition) {
    return await(ctx, phase, service, resource, condition, ctx.deadlines.timeout(phase));
  }

  static <T extends Resource> T await(
      RunContext ctx,
      Phase phase,
      String service,
      T resource,
      Condition<? super T> condition,
      Duration timeout) {
    ctx.cancellation.check(phase, Optional.of(service));
    if (timeout.isNegative() || timeout.isZero()) {
      throw new StepFailure(
          phase,
          Optional.of(service),
          Optional.of(resource.stateName()),
          resource.transitioningMessage(),
          "the overall deadline passed before " + service + " could get " + condition.description(),
          false,
          null);
    }
    try {
      return ctx.client.await(resource, condition, timeout);
    } catch (RancherWaitException e) {
      Resource last = e.lastSeen() == null ? resource : e.lastSeen();
      String why =
          e.reason() == RancherWaitException.Reason.TIMEOUT && ctx.deadlines.overallBinds(phase)
              ? " (the overall deadline)"
              : "";
      throw new StepFailure(
          phase,
          Optional.of(service),
          Optional.of(last.stateName()),
          last.transitioningMessage(),
          e.getMessage() + why,
          false,
          e);
    } catch (RancherInterruptedException e) {
      throw new StepFailure(
          phase,
          Optional.of(service),
          Optional.of(resource.stateName()),
          resource.transitioningMessage(),
          "the deploy was "
              + ctx.cancellation.reason()
              + " while waiting for "
              + service
              + " "
              + condition.description(),
          true,
          e);
    }
  }

  /** Sleeps, ending early (as a cancel) when the operation is cancelled. */
  static void pause(RunContext ctx, Phase phase, String service, Duration duration) {
    ctx.cancellation.check(phase, Optional.of(service));
    try {
      Thread.sleep(Math.max(0, duration.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ctx.cancellation.check(phase, Optional.of(service));
      throw new StepFailure(
          phase,
          Optional.of(service),
          Optional.empty(),
          Optional.empty(),
          "interrupted while waiting for " + service,
          true,
          e);
    }
  }
}
