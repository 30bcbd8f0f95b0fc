package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.Strategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decides what one service needs, from its desired config, its live state and the options. */
final class ServiceDecision {
  /**
   * The service's plan (its {@code after} filled in later), the steps that close a leftover upgrade
   * before anything else of the deploy, its finishing steps, problems and warnings.
   */
  record Decision(
      ServicePlan plan,
      List<PlanStep> leftover,
      List<PlanStep> finish,
      List<String> problems,
      List<String> warnings) {}

  private final DesiredService want;
  private final DeployOptions options;
  private final List<PlanStep> steps = new ArrayList<>();
  private final List<PlanStep> leftover = new ArrayList<>();
  private final List<PlanStep> finish = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private ServiceDecision(DesiredService want, DeployOptions options) {
    this.want = want;
    this.options = options;
  }

  static Decision decide(DesiredService want, Optional<RemoteService> have, DeployOptions options) {
    ServiceDecision d = new ServiceDecision(want, options);
    ServicePlan plan =
        have.isEmpty() || options.strategy() == Strategy.RECREATE
            ? d.create(have)
            : d.existing(have.get());
    return new Decision(plan, d.leftover, d.finish, d.problems, d.warnings);
  }

  private ServicePlan create(Optional<RemoteService> old) {
    String reason = old.isPresent() ? "recreate: removed first, then created" : "not in the stack";
    steps.add(new PlanStep.CreateService(want.name(), reason));
    steps.add(new PlanStep.Await(want.name(), AwaitTarget.INACTIVE, Phase.CREATE, "registered"));
    if (want.kind().takesServiceLinks() && !want.links().isEmpty()) {
      steps.add(new PlanStep.SetLinks(want.name(), LinkMap.of(want), "links in the files"));
    }
    activate("created");
    return plan(ServiceAction.CREATE, reason, List.of(), old.flatMap(RemoteService::imageIfAny));
  }

  private ServicePlan existing(RemoteService have) {
    ServiceState state = have.state();
    boolean stuckUpgrade =
        state == ServiceState.UPGRADING && options.leftoverUpgrade() == LeftoverUpgrade.ROLLBACK;
    if ((state.isTransitioning() && !stuckUpgrade) || state == ServiceState.ERROR) {
      problems.add(
          "service "
              + want.name()
              + " is "
              + state.rancherName()
              + " (still changing after the wait, or "
              + "failed): resolve it in Rancher, or wait and deploy again");
      return plan(ServiceAction.UNCHANGED, "blocked", List.of(), have.imageIfAny());
    }
    boolean rolledBack = (state.isLeftoverUpgrade() || stuckUpgrade) && resolveLeftover(have);
    boolean forced = options.force() || rolledBack;
    Changes changes = forced ? Changes.all(want, have) : Changes.between(want, have);
    if (!want.kind().runsContainers()) {
      changes =
          new Changes(
              changes.serviceFields() || changes.launchConfig(), false, List.of(), List.of());
    }
    List<FieldChange> fields = ConfigDiff.of(want, have, changes);
    if (have.scale() != want.scale() && want.kind().runsContainers()) {
      warnings.add(
          "service "
              + want.name()
              + " runs at scale "
              + have.scale()
              + " but the files say "
              + want.scale()
              + "; deploys keep the live scale (use scale to change it)");
    }
    if (changes.any() && options.strategy() == Strategy.ROLLING) {
      return upgrade(have, changes, fields, rolledBack);
    }
    links(have);
    if (!state.isLeftoverUpgrade() && !stuckUpgrade && state != ServiceState.ACTIVE) {
      activate(state.rancherName());
    }
    if (changes.any()) {
      return plan(
          ServiceAction.OUT_OF_SYNC,
          changes.describe() + "; strategy up leaves it as it is",
          fields,
          have.imageIfAny());
    }
    boolean finished = leftover.stream().anyMatch(s -> s instanceof PlanStep.FinishUpgrade);
    return plan(
        finished ? ServiceAction.FINISH : ServiceAction.UNCHANGED,
        finished ? "finishing the upgrade an earlier run left open" : "config hashes match",
        fields,
        have.imageIfAny());
  }

  /**
   * Closes an upgrade an earlier run left open; true when it was rolled back (so the files must be
   * re-applied).
   */
  private boolean resolveLeftover(RemoteService have) {
    String state = have.state().rancherName();
    LeftoverUpgrade policy = options.leftoverUpgrade();
    if (policy == LeftoverUpgrade.FAIL) {
      problems.add(
          "service "
              + want.name()
              + " was left in "
              + state
              + " by an earlier upgrade: finish it (finish operation) or roll it back (rollback"
              + " operation) first, or choose leftoverUpgrade FINISH or ROLLBACK");
      return false;
    }
    if (policy == LeftoverUpgrade.FINISH && have.state() == ServiceState.UPGRADED) {
      leftover.add(new PlanStep.FinishUpgrade(want.name(), "an earlier run left it in upgraded"));
      leftover.add(new PlanStep.Await(want.name(), AwaitTarget.ACTIVE, Phase.FINISH, "finished"));
      return false;
    }
    String why =
        have.state() == ServiceState.CANCELED_UPGRADE
            ? "a canceled upgrade cannot be finished; back to the last finished config"
            : "an earlier run left it in " + state + "; leftoverUpgrade is ROLLBACK";
    leftover.add(new PlanStep.Rollback(want.name(), why));
    leftover.add(
        new PlanStep.Await(want.name(), AwaitTarget.ACTIVE, Phase.ROLLBACK, "rolled back"));
    return true;
  }

  private ServicePlan upgrade(
      RemoteService have, Changes changes, List<FieldChange> fields, boolean rolledBack) {
    String reason =
        (options.force() ? "forced; " : "")
            + (rolledBack ? "re-applied after the rollback; " : "")
            + changes.describe();
    if (changes.serviceFields()) {
      steps.add(new PlanStep.UpdateService(want.name(), "service fields changed"));
    }
    links(have);
    if (changes.containers()) {
      EffectiveStrategy strategy = EffectiveStrategy.of(want.policy(), options);
      if (strategy.startFirst()) {
        problems.addAll(StartFirstCheck.problems(want));
      }
      steps.add(
          new PlanStep.Upgrade(
              want.name(),
              changes.launchConfig(),
              changes.sidekicks(),
              changes.removedSidekicks(),
              strategy.batchSize(),
              strategy.interval(),
              strategy.startFirst(),
              changes.describe()));
      steps.add(
          new PlanStep.Await(
              want.name(),
              AwaitTarget.UPGRADED_HEALTHY,
              Phase.HEALTH,
              "the new containers must run and be healthy before the finish"));
      if (options.finish()) {
        finish.add(
            new PlanStep.FinishUpgrade(want.name(), "every upgrade of the deploy is healthy"));
        finish.add(new PlanStep.Await(want.name(), AwaitTarget.ACTIVE, Phase.FINISH, "finished"));
      } else {
        warnings.add(
            "service "
                + want.name()
                + " stays in upgraded (finish is off): finish or roll it back later");
      }
    } else {
      steps.add(new PlanStep.Await(want.name(), AwaitTarget.ACTIVE, Phase.UPGRADE, "updated"));
    }
    return plan(ServiceAction.UPGRADE, reason, fields, have.imageIfAny());
  }

  private void links(RemoteService have) {
    if (want.kind().takesServiceLinks() && !LinkMap.of(want).equals(have.links())) {
      steps.add(
          new PlanStep.SetLinks(want.name(), LinkMap.of(want), "links differ from the files"));
    }
  }

  private void activate(String why) {
    steps.add(new PlanStep.Activate(want.name(), why));
    AwaitTarget target = want.kind().runsContainers() ? AwaitTarget.HEALTHY : AwaitTarget.ACTIVE;
    steps.add(
        new PlanStep.Await(
            want.name(), target, Phase.HEALTH, "must run before what depends on it"));
  }

  private ServicePlan plan(
      ServiceAction action, String reason, List<FieldChange> fields, Optional<String> old) {
    return new ServicePlan(
        want.name(),
        action,
        reason,
        fields,
        Set.of(),
        steps,
        old,
        Optional.of(want.image()).filter(i -> !i.isEmpty()));
  }

  /**
   * The batch size, interval and start-first a service is upgraded with: options over the file over
   * defaults.
   */
  record EffectiveStrategy(int batchSize, Duration interval, boolean startFirst) {
    static EffectiveStrategy of(UpgradePolicy policy, DeployOptions options) {
      return new EffectiveStrategy(
          options.batchSize().or(policy::batchSize).orElse(1),
          options.interval().or(policy::interval).orElse(Duration.ofSeconds(1)),
          options.startFirst().or(policy::startFirst).orElse(false));
    }
  }
}
