package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.RancherInterruptedException;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.PlanStep;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Does one plan step through the client: a few calls each, the live copy of the service kept
 * current.
 */
final class StepRunner {
  private final RunContext ctx;

  StepRunner(RunContext ctx) {
    this.ctx = ctx;
  }

  void run(PlanStep step) {
    ctx.cancellation.check(step.phase(), step.service());
    try {
      dispatch(step);
    } catch (StepFailure e) {
      throw e;
    } catch (RancherInterruptedException e) {
      throw new StepFailure(
          step.phase(),
          step.service(),
          Optional.empty(),
          Optional.empty(),
          "the deploy was " + ctx.cancellation.reason() + " during: " + step.describe(),
          true,
          e);
    } catch (RancherDeployException e) {
      Optional<Service> live = step.service().flatMap(ctx::live);
      throw new StepFailure(
          step.phase(),
          step.service(),
          live.map(Service::stateName),
          live.flatMap(Service::transitioningMessage),
          "could not " + step.describe() + ": " + e.getMessage(),
          ctx.cancellation.cancelled(),
          e);
    }
  }

  private void dispatch(PlanStep step) {
    if (step instanceof PlanStep.CreateStack s) {
      createStack(s);
    } else if (step instanceof PlanStep.CreateService s) {
      createService(ctx.desired(s.name()));
    } else if (step instanceof PlanStep.Await s) {
      Awaits.await(ctx, s);
    } else if (step instanceof PlanStep.SetLinks s) {
      act(s.name(), step.phase(), "setservicelinks", ServiceBodies.links(ids(s.links())));
    } else if (step instanceof PlanStep.Activate s) {
      act(s.name(), step.phase(), "activate", null);
      ctx.progress.service(s.name(), "Activating");
    } else if (step instanceof PlanStep.UpdateService s) {
      Service live = ctx.require(s.name(), step.phase());
      ctx.update(
          s.name(),
          ctx.client.update(live, ServiceBodies.update(ctx.desired(s.name()), this::idOf)));
      ctx.progress.service(s.name(), "Updating service fields");
    } else if (step instanceof PlanStep.Upgrade s) {
      Service live = ctx.require(s.name(), step.phase());
      ctx.oldContainers(
          s.name(),
          ctx.client.link(live, "instances", ResourceType.CONTAINER).stream()
              .map(io.rancherdeploy.core.api.Resource::id)
              .collect(java.util.stream.Collectors.toSet()));
      ctx.versionBefore(s.name(), ServiceBodies.version(live));
      ctx.upgradeStarted(s.name());
      act(s.name(), step.phase(), "upgrade", ServiceBodies.upgrade(ctx.desired(s.name()), s));
      ctx.progress.service(s.name(), "Upgrading (" + s.reason() + ")");
    } else if (step instanceof PlanStep.FinishUpgrade s) {
      act(s.name(), step.phase(), "finishupgrade", null);
      ctx.progress.service(s.name(), "Finishing upgrade");
    } else if (step instanceof PlanStep.Rollback s) {
      act(s.name(), step.phase(), "rollback", null);
      ctx.progress.service(s.name(), "Rolling back (" + s.reason() + ")");
    } else if (step instanceof PlanStep.RemoveService s) {
      ctx.update(s.name(), ctx.client.delete(ctx.require(s.name(), step.phase())));
      ctx.progress.service(s.name(), "Removing (" + s.reason() + ")");
    } else if (step instanceof PlanStep.Pull s) {
      Pulls.pull(ctx, s);
    } else if (step instanceof PlanStep.RemoveStack s) {
      removeStack(s);
    } else if (step instanceof PlanStep.Restart s) {
      act(s.name(), step.phase(), "restart", ServiceBodies.restart(s));
      ctx.progress.service(s.name(), "Restarting");
    } else if (step instanceof PlanStep.Scale s) {
      ctx.update(
          s.name(),
          ctx.client.update(ctx.require(s.name(), step.phase()), Map.of("scale", s.scale())));
      ctx.progress.service(s.name(), "Scaling to " + s.scale());
    } else {
      throw new IllegalStateException("no runner for " + step);
    }
  }

  private void createStack(PlanStep.CreateStack s) {
    ctx.progress.warning(
        Optional.empty(),
        "Creating stack " + s.stack() + ": it does not exist and createStack " + "is on");
    Stack stack = ctx.client.create(ResourceType.STACK, Map.of("name", s.stack()));
    ctx.stackId(stack.id());
  }

  private void createService(DesiredService desired) {
    ResourceType<Service> type = ServiceTypes.of(desired.kind());
    Service created =
        ctx.client.create(type, ServiceBodies.create(desired, ctx.stackId(), this::idOf));
    ctx.update(desired.name(), created);
    ctx.progress.service(desired.name(), "Creating");
  }

  private void removeStack(PlanStep.RemoveStack s) {
    Stack stack =
        ctx.client
            .get(ResourceType.STACK, ctx.stackId())
            .orElseThrow(
                () ->
                    StepFailure.of(
                        Phase.REMOVE, s.stack(), "stack " + s.stack() + " is gone already"));
    ctx.progress.stack("Removing stack " + s.stack());
    Stack removing = ctx.client.delete(stack);
    Waits.await(ctx, Phase.REMOVE, s.stack(), removing, Condition.<Stack>removed());
    ctx.progress.stack("Removed stack " + s.stack());
  }

  private void act(String name, Phase phase, String action, Object input) {
    Service live = ctx.require(name, phase);
    ctx.update(name, ctx.client.action(live, action, input));
  }

  private Map<String, String> ids(Map<String, String> aliasToName) {
    Map<String, String> ids = new TreeMap<>();
    aliasToName.forEach((alias, target) -> ids.put(alias, idOf(target)));
    return ids;
  }

  /**
   * A service id by name: this stack's services, or {@code stack/service} elsewhere in the
   * environment.
   */
  String idOf(String name) {
    Optional<Service> here = ctx.live(name);
    if (here.isPresent()) {
      return here.get().id();
    }
    int slash = name.indexOf('/');
    if (slash > 0) {
      String stackName = name.substring(0, slash);
      Optional<Stack> stack = ctx.client.findByName(ResourceType.STACK, stackName);
      Optional<Service> there =
          stack.flatMap(
              st ->
                  ctx.client.findByName(
                      ResourceType.SERVICE,
                      name.substring(slash + 1),
                      io.rancherdeploy.core.api.Filters.where("stackId", st.id())));
      if (there.isPresent()) {
        return there.get().id();
      }
    }
    throw StepFailure.of(Phase.CREATE, name, "link target " + name + " does not exist");
  }
}
