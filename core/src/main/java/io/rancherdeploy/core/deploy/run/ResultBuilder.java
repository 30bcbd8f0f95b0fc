package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.ServiceResult;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import io.rancherdeploy.core.deploy.plan.ServicePlan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The machine-readable result: per service the action, images, final state and counts; overall the
 * outcome.
 */
final class ResultBuilder {
  private ResultBuilder() {}

  static DeployResult build(
      RunContext ctx,
      DeployPlan plan,
      Outcome outcome,
      Optional<DeployFailure> failure,
      Instant start,
      Set<String> rolledBack) {
    List<ServiceResult> services =
        plan.services().stream().map(s -> service(ctx, s, rolledBack)).toList();
    return new DeployResult(
        plan.stack(), outcome, services, failure, Duration.between(start, ctx.deadlines.now()));
  }

  private static ServiceResult service(RunContext ctx, ServicePlan plan, Set<String> rolledBack) {
    String name = plan.service();
    Optional<Service> live = ctx.live(name);
    ServiceAction action = rolledBack.contains(name) ? ServiceAction.ROLLBACK : plan.action();
    String state =
        live.map(Service::stateName)
            .orElse(plan.action() == ServiceAction.REMOVE ? "removed" : "absent");
    int desired = live.map(Service::scale).orElse(0);
    int running =
        ctx.running(name)
            .orElseGet(() -> live.map(s -> s.currentScale().orElse(s.scale())).orElse(0));
    Optional<String> newImage = rolledBack.contains(name) ? plan.oldImage() : plan.newImage();
    return new ServiceResult(
        name, action, plan.oldImage(), newImage, state, running, desired, ctx.took(name));
  }
}
