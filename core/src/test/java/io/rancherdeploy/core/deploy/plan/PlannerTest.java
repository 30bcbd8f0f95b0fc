package io.rancherdeploy.core.deploy.plan;

import static io.rancherdeploy.core.deploy.plan.Fixtures.desired;
import static io.rancherdeploy.core.deploy.plan.Fixtures.stack;
import static io.rancherdeploy.core.deploy.plan.Fixtures.svc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.Strategy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final DeployOptions DEFAULTS = DeployOptions.defaults();

  private static DeployPlan plan(
      List<DesiredService> files, RemoteState remote, DeployOptions options) {
    return Planner.plan("demo", files, remote, options);
  }

  private static ServicePlan service(DeployPlan plan, String name) {
    return plan.services().stream().filter(s -> s.service().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void freshStackIsCreatedOnlyWhenAskedAndServicesFollowTheirLinks() {
    List<DesiredService> files = desired(svc("web").link("redis"), svc("redis"));
    DeployPlan plan =
        plan(files, RemoteState.noStack(), DeployOptions.builder().createStack(true).build());

    assertThat(plan.prepare())
        .containsExactly(
            new PlanStep.CreateStack("demo", "it does not exist and createStack is on"));
    assertThat(plan.services()).extracting(ServicePlan::service).containsExactly("redis", "web");
    assertThat(service(plan, "web").after()).containsExactly("redis");
    assertThat(service(plan, "redis").after()).isEmpty();
    assertThat(service(plan, "web").steps())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("CreateService", "Await", "SetLinks", "Activate", "Await");
    assertThat(service(plan, "web").steps().get(4))
        .isInstanceOfSatisfying(
            PlanStep.Await.class, a -> assertThat(a.target()).isEqualTo(AwaitTarget.HEALTHY));
    assertThat(plan.complete()).isEmpty();
  }

  @Test
  void aMissingStackWithoutCreateStackIsRefusedWithTheFix() {
    assertThatThrownBy(() -> plan(desired(svc("web")), RemoteState.noStack(), DEFAULTS))
        .isInstanceOfSatisfying(
            PlanRejectedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
              assertThat(e.getMessage())
                  .contains("stack demo does not exist")
                  .contains("createStack");
            });
  }

  @Test
  void anUnchangedStackChangesNothing() {
    Fixtures.Svc web = svc("web").link("redis");
    Fixtures.Svc redis = svc("redis");
    DeployPlan plan = plan(desired(web, redis), stack(web.live(), redis.live()), DEFAULTS);

    assertThat(plan.changesNothing()).isTrue();
    assertThat(plan.services())
        .extracting(ServicePlan::action)
        .containsOnly(ServiceAction.UNCHANGED);
  }

  @Test
  void oneChangedImageUpgradesOnlyThatServiceAndFinishesAtTheEnd() {
    Fixtures.Svc web = svc("web").link("redis");
    Fixtures.Svc redis = svc("redis");
    RemoteState remote = stack(web.live(), redis.live());
    web.image("web:2");

    DeployPlan plan = plan(desired(web, redis), remote, DEFAULTS);

    ServicePlan upgrade = service(plan, "web");
    assertThat(upgrade.action()).isEqualTo(ServiceAction.UPGRADE);
    assertThat(upgrade.changes())
        .containsExactly(
            new FieldChange(
                "launchConfig.imageUuid",
                java.util.Optional.of("docker:web:1"),
                java.util.Optional.of("docker:web:2")));
    assertThat(upgrade.oldImage()).contains("web:1");
    assertThat(upgrade.newImage()).contains("web:2");
    assertThat(upgrade.after()).as("redis has nothing to do, so web need not wait").isEmpty();
    assertThat(upgrade.steps().get(0))
        .isInstanceOfSatisfying(
            PlanStep.Upgrade.class,
            u -> {
              assertThat(u.launchConfig()).isTrue();
              assertThat(u.sidekicks()).isEmpty();
              assertThat(u.batchSize()).isEqualTo(1);
              assertThat(u.startFirst()).isFalse();
            });
    assertThat(service(plan, "redis").steps()).isEmpty();
    assertThat(plan.complete())
        .extracting(PlanStep::describe)
        .containsExactly(
            "finish upgrade of web (every upgrade of the deploy is healthy)",
            "wait until web is active (finished)");
  }

  @Test
  void finishOffLeavesTheUpgradeOpenAndSaysSo() {
    Fixtures.Svc web = svc("web");
    RemoteState remote = stack(web.live());
    web.image("web:2");
    DeployPlan plan = plan(desired(web), remote, DeployOptions.builder().finish(false).build());
    assertThat(plan.complete()).isEmpty();
    assertThat(plan.warnings()).anyMatch(w -> w.contains("web stays in upgraded"));
  }

  @Test
  void forceUpgradesUnchangedServicesAndEverySidekick() {
    Fixtures.Svc web = svc("web").sidekick("log", "fluent:1");
    DeployPlan plan =
        plan(desired(web), stack(web.live()), DeployOptions.builder().force(true).build());
    assertThat(service(plan, "web").steps().get(0))
        .isInstanceOfSatisfying(
            PlanStep.Upgrade.class,
            u -> {
              assertThat(u.launchConfig()).isTrue();
              assertThat(u.sidekicks()).containsExactly("log");
              assertThat(u.reason()).contains("launch config changed");
            });
    assertThat(service(plan, "web").reason()).startsWith("forced");
  }

  @Test
  void onlyTheChangedSidekickIsUpgradedAndARemovedOneIsNamed() {
    Fixtures.Svc web = svc("web").sidekick("log", "fluent:1").sidekick("old", "old:1");
    RemoteState remote = stack(web.live());
    Fixtures.Svc next = svc("web").sidekick("log", "fluent:2");
    DeployPlan plan = plan(desired(next), remote, DEFAULTS);
    assertThat(service(plan, "web").steps().get(0))
        .isInstanceOfSatisfying(
            PlanStep.Upgrade.class,
            u -> {
              assertThat(u.launchConfig()).isFalse();
              assertThat(u.sidekicks()).containsExactly("log");
              assertThat(u.removedSidekicks()).containsExactly("old");
            });
    assertThat(service(plan, "web").changes())
        .extracting(FieldChange::path)
        .containsExactly("sidekicks.log.imageUuid", "sidekicks.old");
  }

  @Test
  void namedServicesLimitTheDeployAndUnknownNamesAreRefused() {
    Fixtures.Svc web = svc("web");
    Fixtures.Svc worker = svc("worker");
    RemoteState remote = stack(web.live(), worker.live());
    web.image("web:2");
    worker.image("worker:2");
    DeployPlan plan =
        plan(
            desired(web, worker),
            remote,
            DeployOptions.builder().services(List.of("worker")).build());
    assertThat(plan.services()).extracting(ServicePlan::service).containsExactly("worker");

    assertThatThrownBy(
            () ->
                plan(
                    desired(web, worker),
                    remote,
                    DeployOptions.builder().services(List.of("wrker")).image("wbe", "x:1").build()))
        .isInstanceOfSatisfying(
            PlanRejectedException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "services option names service 'wrker', which the compose files do not"
                            + " define; they define: web, worker",
                        "images option names service 'wbe', which the compose files do not define;"
                            + " they define: web, worker"));
  }

  @Test
  void startFirstWithAHostPortIsRefusedBeforeAnyChange() {
    Fixtures.Svc web = svc("web").set("ports", List.of("8080:5000/tcp")).startFirst(true);
    RemoteState remote = stack(web.live());
    web.image("web:2");
    assertThatThrownBy(() -> plan(desired(web), remote, DEFAULTS))
        .isInstanceOfSatisfying(
            PlanRejectedException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .contains("web upgrades start-first but binds host port 8080")
                    .contains("start_first: false"));

    DeployPlan stopFirst =
        plan(desired(web), remote, DeployOptions.builder().startFirst(false).build());
    assertThat(service(stopFirst, "web").action()).isEqualTo(ServiceAction.UPGRADE);
  }

  @Test
  void startFirstWithRetainIpOrAFixedIpIsRefused() {
    Fixtures.Svc web = svc("web").field("retainIp", true).startFirst(true);
    Fixtures.Svc db =
        svc("db").set("labels", java.util.Map.of("io.rancher.container.requested_ip", "10.42.0.9"));
    RemoteState remote = stack(web.live(), db.live());
    web.image("web:2");
    db.image("db:2");
    assertThatThrownBy(
            () -> plan(desired(web, db), remote, DeployOptions.builder().startFirst(true).build()))
        .isInstanceOfSatisfying(
            PlanRejectedException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(2)
                    .anyMatch(p -> p.contains("web") && p.contains("retainIp"))
                    .anyMatch(p -> p.contains("db") && p.contains("fixed IP")));
  }

  @Test
  void startFirstWithoutHostPortsIsFine() {
    Fixtures.Svc web = svc("web").set("ports", List.of("5000/tcp")).startFirst(true);
    RemoteState remote = stack(web.live());
    web.image("web:2");
    assertThat(service(plan(desired(web), remote, DEFAULTS), "web").steps().get(0))
        .isInstanceOfSatisfying(PlanStep.Upgrade.class, u -> assertThat(u.startFirst()).isTrue());
  }

  @Test
  void aLeftoverUpgradeIsFinishedFirstByDefault() {
    Fixtures.Svc web = svc("web");
    RemoteState remote = stack(web.live(ServiceState.UPGRADED));
    web.image("web:2");
    DeployPlan deploy = plan(desired(web), remote, DEFAULTS);
    assertThat(deploy.prepare())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("FinishUpgrade", "Await");
    assertThat(service(deploy, "web").steps())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("Upgrade", "Await");
  }

  @Test
  void aLeftoverUpgradeOfAnUnchangedServiceIsJustFinished() {
    Fixtures.Svc web = svc("web");
    DeployPlan deploy = plan(desired(web), stack(web.live(ServiceState.UPGRADED)), DEFAULTS);
    assertThat(service(deploy, "web").action()).isEqualTo(ServiceAction.FINISH);
    assertThat(deploy.prepare())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("FinishUpgrade", "Await");
  }

  @Test
  void aLeftoverUpgradeIsRolledBackAndReappliedOnRequest() {
    Fixtures.Svc web = svc("web");
    RemoteState remote = stack(web.live(ServiceState.UPGRADED));
    DeployPlan deploy =
        plan(
            desired(web),
            remote,
            DeployOptions.builder().leftoverUpgrade(LeftoverUpgrade.ROLLBACK).build());
    assertThat(deploy.prepare())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("Rollback", "Await");
    assertThat(service(deploy, "web").steps())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("Upgrade", "Await");
    assertThat(service(deploy, "web").reason()).contains("re-applied after the rollback");
  }

  @Test
  void aCanceledUpgradeIsRolledBackEvenWhenThePolicyIsFinish() {
    Fixtures.Svc web = svc("web");
    DeployPlan deploy =
        plan(desired(web), stack(web.live(ServiceState.CANCELED_UPGRADE)), DEFAULTS);
    assertThat(deploy.prepare().get(0))
        .isInstanceOfSatisfying(
            PlanStep.Rollback.class,
            r -> assertThat(r.reason()).contains("canceled upgrade cannot be finished"));
  }

  @Test
  void aLeftoverUpgradeStopsTheDeployWhenThePolicyIsFail() {
    Fixtures.Svc web = svc("web");
    Fixtures.Svc db = svc("db");
    RemoteState remote =
        stack(web.live(ServiceState.UPGRADED), db.live(ServiceState.CANCELED_UPGRADE));
    assertThatThrownBy(
            () ->
                plan(
                    desired(web, db),
                    remote,
                    DeployOptions.builder().leftoverUpgrade(LeftoverUpgrade.FAIL).build()))
        .isInstanceOfSatisfying(
            PlanRejectedException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "service web was left in upgraded by an earlier upgrade: finish it (finish"
                            + " operation) or roll it back (rollback operation) first, or choose"
                            + " leftoverUpgrade FINISH or ROLLBACK",
                        "service db was left in canceled-upgrade by an earlier upgrade: finish it"
                            + " (finish operation) or roll it back (rollback operation) first, or"
                            + " choose leftoverUpgrade FINISH or ROLLBACK"));
  }

  @Test
  void aServiceStillMovingIsRefused() {
    Fixtures.Svc web = svc("web");
    assertThatThrownBy(() -> plan(desired(web), stack(web.live(ServiceState.UPGRADING)), DEFAULTS))
        .hasMessageContaining("service web is upgrading");
  }

  @Test
  void strategyUpReportsChangedServicesAsOutOfSyncAndLeavesThem() {
    Fixtures.Svc web = svc("web");
    RemoteState remote = stack(web.live());
    web.image("web:2");
    DeployPlan plan =
        plan(desired(web), remote, DeployOptions.builder().strategy(Strategy.UP).build());
    assertThat(service(plan, "web").action()).isEqualTo(ServiceAction.OUT_OF_SYNC);
    assertThat(plan.changesNothing()).isTrue();
  }

  @Test
  void recreateRemovesAndWaitsBeforeCreating() {
    Fixtures.Svc web = svc("web");
    DeployPlan plan =
        plan(
            desired(web),
            stack(web.live()),
            DeployOptions.builder().strategy(Strategy.RECREATE).build());
    assertThat(plan.prepare())
        .extracting(PlanStep::describe)
        .containsExactly(
            "remove web (recreate removes it first)",
            "wait until web is removed (gone before it is created)");
    assertThat(service(plan, "web").action()).isEqualTo(ServiceAction.CREATE);
    assertThat(service(plan, "web").oldImage()).contains("web:1");
  }

  @Test
  void pruneRemovesServicesThatLeftTheFilesLastAndOnlyWhenAsked() {
    Fixtures.Svc web = svc("web");
    Fixtures.Svc gone = svc("gone");
    RemoteState remote = stack(web.live(), gone.live());
    DeployPlan kept = plan(desired(web), remote, DEFAULTS);
    assertThat(kept.changesNothing()).isTrue();
    assertThat(kept.warnings())
        .containsExactly(
            "service gone is in the stack but not in the files (prune would remove it)");

    DeployPlan pruned = plan(desired(web), remote, DeployOptions.builder().prune(true).build());
    assertThat(pruned.complete())
        .extracting(PlanStep::describe)
        .containsExactly(
            "remove gone (prune: no longer in the files)", "wait until gone is removed (pruned)");
    assertThat(service(pruned, "gone").action()).isEqualTo(ServiceAction.REMOVE);
  }

  @Test
  void aLinkCycleIsWarnedAboutAndBrokenDeterministically() {
    List<DesiredService> files = desired(svc("a").link("b"), svc("b").link("a"));
    DeployPlan plan =
        plan(files, RemoteState.noStack(), DeployOptions.builder().createStack(true).build());
    assertThat(plan.warnings()).singleElement().asString().contains("cycle (a -> b -> a)");
    assertThat(plan.services()).extracting(ServicePlan::service).containsExactly("b", "a");
    assertThat(service(plan, "a").after()).containsExactly("b");
    assertThat(service(plan, "b").after()).isEmpty();
  }

  @Test
  void invalidNamesAndUnknownLinkTargetsAreAllReportedAtOnce() {
    List<DesiredService> files = desired(svc("my_svc"), svc("web").link("cache"));
    assertThatThrownBy(() -> Planner.plan("Bad Stack", files, RemoteState.noStack(), DEFAULTS))
        .isInstanceOfSatisfying(
            PlanRejectedException.class,
            e -> {
              assertThat(e.problems()).hasSize(4);
              assertThat(e.getMessage())
                  .contains("'Bad Stack' is not a valid Rancher name")
                  .contains("rename it with letters, digits and '-' only, e.g. 'my-svc'")
                  .contains("links to or depends on 'cache'")
                  .contains("does not exist");
            });
  }

  @Test
  void anImageOverrideUpgradesAndIsStableAcrossRuns() {
    Fixtures.Svc web = svc("web");
    DeployOptions options = DeployOptions.builder().image("web", "web:42").build();
    DeployPlan first = plan(desired(web), stack(web.live()), options);
    assertThat(service(first, "web").newImage()).contains("web:42");
    assertThat(first).isEqualTo(plan(desired(web), stack(web.live()), options));
  }

  @Test
  void anInactiveServiceIsActivatedAndChangedLinksAreSet() {
    Fixtures.Svc web = svc("web");
    Fixtures.Svc redis = svc("redis");
    RemoteState remote = stack(web.live(ServiceState.INACTIVE), redis.live());
    web.link("redis");
    web.hashes();
    DeployPlan plan =
        plan(desired(web, redis), remote, DeployOptions.builder().strategy(Strategy.UP).build());
    assertThat(service(plan, "web").steps())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("SetLinks", "Activate", "Await");
    assertThat(service(plan, "web").action()).isEqualTo(ServiceAction.UNCHANGED);
  }

  @Test
  void aServiceFieldChangeIsAnUpdateWithoutRestart() {
    Fixtures.Svc lb =
        svc("lb").kind(ServiceKind.LOAD_BALANCER).field("lbConfig", java.util.Map.of("port", 80));
    RemoteState remote = stack(lb.live());
    lb.field("lbConfig", java.util.Map.of("port", 81));
    ServicePlan plan = service(plan(desired(lb), remote, DEFAULTS), "lb");
    assertThat(plan.steps())
        .extracting(PlanStep::describe)
        .containsExactly("update lb (service fields changed)", "wait until lb is active (updated)");
    assertThat(plan.changes())
        .extracting(FieldChange::describe)
        .containsExactly("lbConfig.port: 80 -> 81");
  }

  @Test
  void theLiveScaleIsKeptAndTheDifferenceNamed() {
    Fixtures.Svc web = svc("web").scale(3);
    RemoteState remote = stack(web.live());
    DeployPlan plan = plan(desired(web.scale(1)), remote, DEFAULTS);
    assertThat(plan.warnings())
        .containsExactly(
            "service web runs at scale 3 but the files say 1; deploys keep the live scale (use"
                + " scale to change it)");
  }

  @Test
  void theRenderedPlanListsActionsAndFields() {
    Fixtures.Svc web = svc("web");
    RemoteState remote = stack(web.live());
    web.image("web:2");
    List<String> lines = plan(desired(web, svc("new")), remote, DEFAULTS).render();
    assertThat(lines)
        .contains(
            "Plan for stack demo:",
            "  new: create (not in the stack)",
            "  web: upgrade (launch config changed)",
            "      launchConfig.imageUuid: docker:web:1 -> docker:web:2");
    assertThat(Set.copyOf(lines)).hasSize(lines.size());
  }
}
