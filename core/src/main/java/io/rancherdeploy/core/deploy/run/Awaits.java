package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.ResourceState;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.deploy.plan.AwaitTarget;
import io.rancherdeploy.core.deploy.plan.PlanStep;

/**
 * Runs an {@link PlanStep.Await}: the service's state first, then, where asked, its containers'
 * health.
 */
final class Awaits {
  private Awaits() {}

  static void await(RunContext ctx, PlanStep.Await step) {
    String name = step.name();
    Service live = ctx.require(name, step.phase());
    Service reached = Waits.await(ctx, step.phase(), name, live, condition(step.target()));
    ctx.update(name, reached);
    switch (step.target()) {
      case INACTIVE -> ctx.progress.service(name, "Created");
      case REMOVED -> ctx.progress.service(name, "Removed");
      case UPGRADED -> ctx.progress.service(name, "Upgraded");
      case ACTIVE -> ctx.progress.service(name, "Active");
      case HEALTHY -> {
        int running = HealthGate.check(ctx, name, reached, step.phase());
        ctx.running(name, running);
        ctx.progress.service(name, "Started (" + running + " running)");
      }
      case UPGRADED_HEALTHY -> {
        ctx.progress.service(name, "Upgraded");
        int running = HealthGate.check(ctx, name, reached, step.phase());
        ctx.running(name, running);
        ctx.progress.service(name, "New containers healthy (" + running + " running)");
      }
    }
  }

  static Condition<Service> condition(AwaitTarget target) {
    return switch (target) {
      case INACTIVE -> Condition.state(ResourceState.INACTIVE);
      case ACTIVE, HEALTHY -> Condition.state(ResourceState.ACTIVE);
      case UPGRADED, UPGRADED_HEALTHY -> Condition.state(ResourceState.UPGRADED);
      case REMOVED -> Condition.removed();
    };
  }
}
