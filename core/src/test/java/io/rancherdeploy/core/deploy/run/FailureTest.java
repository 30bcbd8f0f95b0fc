package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployListener;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import io.rancherdeploy.emulator.simulation.RequestMatch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FailureTest {
  @RegisterExtension static final EngineFixture ENGINE = new EngineFixture();

  private static ObjectNode live(String stack, String service) {
    return ENGINE.control().service(stack, service).orElseThrow();
  }

  private static Timeouts health(Duration health) {
    Timeouts t = EngineHarness.SHORT;
    return new Timeouts(
        t.pull(),
        t.remove(),
        t.create(),
        t.upgrade(),
        health,
        t.finish(),
        t.rollback(),
        t.overall());
  }

  @Test
  void anUpgradeThatNeverGetsHealthyIsRolledBackAndTheFailureSaysWhere() {
    Desired web = service("web", "good:1").healthCheck();
    DeployEngine engine = ENGINE.deployed("sick", web);
    ENGINE.control().image("docker:sick:2", ImageBehaviour.defaults().neverHealthy());
    ENGINE.control().image("sick:2", ImageBehaviour.defaults().neverHealthy());

    DeployResult result =
        engine.deploy(
            "sick",
            Desired.all(web.image("sick:2")),
            EngineHarness.options().timeouts(health(Duration.ofSeconds(1))).build(),
            e -> {});

    assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
    DeployFailure failure = result.failure().orElseThrow();
    assertThat(failure.phase()).isIn(Phase.HEALTH, Phase.UPGRADE);
    assertThat(failure.service()).contains("web");
    assertThat(failure.rancherState()).isPresent();
    assertThat(failure.describe()).contains("web").contains("rolled back: web");
    assertThat(result.services())
        .extracting(s -> s.action())
        .containsExactly(ServiceAction.ROLLBACK);
    assertThat(live("sick", "web").path("state").asText()).isEqualTo("active");
    assertThat(live("sick", "web").path("launchConfig").path("imageUuid").asText())
        .isEqualTo("docker:good:1");
  }

  @Test
  void aRollbackRequestAnswered503IsAskedAgainAndTheServiceEndsRolledBack() {
    Desired web = service("web", "good:1").healthCheck();
    DeployEngine engine = ENGINE.deployed("flaky", web);
    String webId = live("flaky", "web").path("id").asText();
    ENGINE.control().image("docker:flaky:2", ImageBehaviour.defaults().neverHealthy());
    ENGINE.control().image("flaky:2", ImageBehaviour.defaults().neverHealthy());
    ENGINE
        .control()
        .inject(new Fault.ErrorStatus(RequestMatch.of("POST", "action=rollback"), 503, 1));

    DeployResult result =
        engine.deploy(
            "flaky",
            Desired.all(web.image("flaky:2")),
            EngineHarness.options().timeouts(health(Duration.ofSeconds(1))).build(),
            e -> {});

    assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
    assertThat(result.failure().orElseThrow().describe()).doesNotContain("OPERATOR ACTION");
    assertThat(
            ENGINE.control().requests().stream()
                .filter(
                    r ->
                        r.method().equals("POST")
                            && r.path().replaceFirst("/$", "").endsWith("/services/" + webId))
                .filter(r -> r.query().getOrDefault("action", List.of()).contains("rollback"))
                .count())
        .isEqualTo(2);
    assertThat(live("flaky", "web").path("state").asText()).isEqualTo("active");
    assertThat(live("flaky", "web").path("launchConfig").path("imageUuid").asText())
        .isEqualTo("docker:good:1");
  }

  /**
   * An abort (an interrupt of the deploying thread) that arrives while the rollback runs does not
   * cut it: the rollback ends, the result says ABORTED, and the interrupt is kept for the caller.
   * The interrupt is sent from the listener as the rollback starts, while the deploying thread
   * waits for the cleanup, where a late interrupt once threw out of the engine mid-rollback.
   */
  @Test
  void anAbortDuringTheRollbackDoesNotCutItShort() throws Exception {
    Desired web = service("web", "good:1").healthCheck();
    DeployEngine engine = ENGINE.deployed("late-abort", web);
    ENGINE.control().image("docker:late-abort:2", ImageBehaviour.defaults().neverHealthy());
    Thread deploying = Thread.currentThread();
    DeployListener abortAsTheRollbackStarts =
        e -> {
          if (e instanceof DeployEvent.Progress p && p.message().contains("]: Rolling back (")) {
            deploying.interrupt();
          }
        };

    DeployResult result;
    boolean interruptKept;
    try {
      result =
          engine.deploy(
              "late-abort",
              Desired.all(web.image("late-abort:2")),
              EngineHarness.options().timeouts(health(Duration.ofSeconds(1))).build(),
              abortAsTheRollbackStarts);
    } finally {
      interruptKept = Thread.interrupted();
    }

    assertThat(interruptKept).as("the interrupt is kept for the caller").isTrue();
    assertThat(result.outcome()).isEqualTo(Outcome.ABORTED);
    assertThat(result.failure().orElseThrow().describe()).contains("rolled back: web");
    assertThat(live("late-abort", "web").path("state").asText()).isEqualTo("active");
    assertThat(live("late-abort", "web").path("launchConfig").path("imageUuid").asText())
        .isEqualTo("docker:good:1");
  }

  @Test
  void aTransitioningErrorEndsTheWaitAtOnceWithRanchersMessage() {
    Desired api = service("api", "api:1");
    DeployEngine engine = ENGINE.deployed("broken", api);
    ENGINE
        .control()
        .inject(
            new Fault.TransitioningError("api", "Failed to allocate instance: no host satisfies"));

    Instant start = Instant.now();
    DeployResult result =
        engine.deploy(
            "broken", Desired.all(api.image("api:2")), EngineHarness.options().build(), e -> {});

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
    assertThat(result.failure().orElseThrow().describe()).contains("no host satisfies");
    assertThat(live("broken", "api").path("state").asText()).isEqualTo("active");
  }

  @Test
  void aStuckUpgradeMeetsItsDeadlineAndIsRolledBack() {
    Desired api = service("api", "api:1");
    DeployEngine engine = ENGINE.deployed("stuck", api);
    ENGINE.control().inject(new Fault.StuckUpgrade("api"));
    Timeouts t = EngineHarness.SHORT;
    Timeouts quick =
        new Timeouts(
            t.pull(),
            t.remove(),
            t.create(),
            t.upgrade(),
            Duration.ofSeconds(1),
            t.finish(),
            t.rollback(),
            t.overall());

    DeployResult result =
        engine.deploy(
            "stuck",
            Desired.all(api.image("api:2")),
            EngineHarness.options().timeouts(quick).build(),
            e -> {});

    assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
    assertThat(result.failure().orElseThrow().message()).contains("Timed out");
    assertThat(result.failure().orElseThrow().rancherState()).contains("upgrading");
    assertThat(live("stuck", "api").path("state").asText()).isEqualTo("active");
  }

  @Test
  void onFailureLeaveLeavesTheServiceMidUpgradeForAPerson() {
    Desired api = service("api", "api:1").healthCheck();
    DeployEngine engine = ENGINE.deployed("leave", api);
    ENGINE.control().image("docker:leave:2", ImageBehaviour.defaults().neverHealthy());
    ENGINE.control().image("leave:2", ImageBehaviour.defaults().neverHealthy());

    DeployResult result =
        engine.deploy(
            "leave",
            Desired.all(api.image("leave:2")),
            EngineHarness.options()
                .onFailure(OnFailure.LEAVE)
                .timeouts(health(Duration.ofSeconds(1)))
                .build(),
            e -> {});

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(live("leave", "api").path("state").asText()).isIn("upgrading", "upgraded");
  }

  @Test
  void aStartOnceContainerThatExitsNonZeroFailsTheDeploy() {
    ENGINE
        .control()
        .image("docker:migrate:1", ImageBehaviour.defaults().exitingWith(3, Duration.ofMillis(10)));
    ENGINE
        .control()
        .image("migrate:1", ImageBehaviour.defaults().exitingWith(3, Duration.ofMillis(10)));
    Desired migrate =
        service("migrate", "migrate:1").label("io.rancher.container.start_once", "true");

    DeployResult result =
        new DeployEngine(ENGINE.client())
            .deploy(
                "once",
                Desired.all(migrate),
                EngineHarness.options().createStack(true).build(),
                e -> {});

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.failure().orElseThrow().message()).contains("exited with code 3");
  }

  @Test
  void cancelFromAnotherThreadStopsQuicklyAndRollsBack() throws Exception {
    Desired api = service("api", "api:1");
    DeployEngine engine = ENGINE.deployed("cancel", api);
    ENGINE.control().inject(new Fault.StuckUpgrade("api"));

    CompletableFuture<DeployResult> running =
        CompletableFuture.supplyAsync(
            () ->
                engine.deploy(
                    "cancel",
                    Desired.all(api.image("api:2")),
                    EngineHarness.options().build(),
                    e -> {}));
    ENGINE
        .control()
        .await(
            live("cancel", "api").path("id").asText(),
            "upgrading",
            s -> s.path("state").asText().equals("upgrading"),
            Duration.ofSeconds(5));
    Instant cancelled = Instant.now();
    engine.cancel();
    DeployResult result = running.get(10, TimeUnit.SECONDS);

    assertThat(Duration.between(cancelled, Instant.now())).isLessThan(Duration.ofSeconds(6));
    assertThat(result.outcome()).isEqualTo(Outcome.ABORTED);
    assertThat(result.failure().orElseThrow().message())
        .contains("cancelled")
        .contains("rolled back: api");
    assertThat(live("cancel", "api").path("state").asText()).isEqualTo("active");
  }
}
