package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.ResourceState;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rollback returns to the launch config the service ran just before the failed upgrade, never to
 * one an earlier upgrade replaced (ChaosTest seed 146 once reported an older image after a
 * rollback). Rancher sets {@code previousLaunchConfig} itself from the current config at upgrade
 * time (rancher-api.md §4.3.2), so the engine must not send one, and the emulator must not take
 * one.
 */
class RollbackTargetTest {
  @RegisterExtension static final RancherEmulatorExtension RANCHER = EngineHarness.emulator();

  private static RancherClient client;

  @BeforeAll
  static void connect() {
    client = EngineHarness.connect(RANCHER.emulator());
  }

  @AfterAll
  static void close() {
    client.close();
  }

  private static EmulatorControl control() {
    return RANCHER.emulator().control();
  }

  @Test
  void aRollbackAfterTwoFinishedUpgradesRestoresTheImageBeforeTheLastOne() {
    rollsBackToTheLastFinishedImage("twice", false);
  }

  @Test
  void aRollbackAfterTheEventSocketsDropRestoresTheImageBeforeTheLastOne() {
    rollsBackToTheLastFinishedImage("dropped", true);
  }

  /** The emulator, as Rancher, keeps its own previous config whatever the input says. */
  @Test
  void thePreviousLaunchConfigIsTheServersOwnNotTheInputs() {
    DeployEngine engine = new DeployEngine(client);
    succeeds(
        engine,
        "stale",
        service("web", "stale-web:1"),
        service("api", "stale-api:1"),
        EngineHarness.options().createStack(true).build());
    String id = control().service("stale", "web").orElseThrow().path("id").asText();
    Service web = client.get(ResourceType.SERVICE, id).orElseThrow();
    Map<String, Object> input =
        Map.of(
            "inServiceStrategy",
            Map.of(
                "batchSize", 1,
                "launchConfig", Map.of("imageUuid", "docker:stale-web:2"),
                "previousLaunchConfig", Map.of("imageUuid", "docker:stale-web:0")));

    Service upgrading = client.action(web, "upgrade", input);
    client.await(upgrading, Condition.state(ResourceState.UPGRADED), Duration.ofSeconds(5));
    Service rolling = client.action(client.reload(upgrading).orElseThrow(), "rollback", null);
    client.await(rolling, Condition.state(ResourceState.ACTIVE), Duration.ofSeconds(5));

    assertThat(
            control()
                .service("stale", "web")
                .orElseThrow()
                .path("launchConfig")
                .path("imageUuid")
                .asText())
        .isEqualTo("docker:stale-web:1");
  }

  private void rollsBackToTheLastFinishedImage(String stack, boolean dropSockets) {
    DeployEngine engine = new DeployEngine(client);
    Desired web = service("web", stack + "-web:1").healthCheck();
    Desired api = service("api", stack + "-api:1");
    succeeds(engine, stack, web, api, EngineHarness.options().createStack(true).build());
    succeeds(engine, stack, web.image(stack + "-web:2"), api, finishing().build());
    succeeds(engine, stack, web.image(stack + "-web:3"), api, finishing().build());
    control().image("docker:" + stack + "-web:4", ImageBehaviour.defaults().neverHealthy());
    control().clearRequests();

    DeployResult failed =
        engine.deploy(
            stack,
            Desired.all(web.image(stack + "-web:4"), api),
            finishing().timeouts(health(Duration.ofMillis(700))).build(),
            event -> {
              if (dropSockets
                  && event instanceof DeployEvent.Progress p
                  && p.message().contains("Upgrading")) {
                control().dropWebsockets();
              }
            });

    assertThat(failed.outcome())
        .as(failed.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.ROLLED_BACK);
    JsonNode live = control().service(stack, "web").orElseThrow();
    assertThat(live.path("state").asText()).isEqualTo("active");
    assertThat(live.path("launchConfig").path("imageUuid").asText())
        .isEqualTo("docker:" + stack + "-web:3");
    List<RecordedRequest> upgrades =
        control().requests().stream()
            .filter(r -> r.query().getOrDefault("action", List.of()).contains("upgrade"))
            .toList();
    assertThat(upgrades).hasSize(1);
    assertThat(upgrades.get(0).body()).doesNotContain("previousLaunchConfig");
  }

  private static void succeeds(
      DeployEngine engine, String stack, Desired web, Desired api, DeployOptions options) {
    DeployResult result = engine.deploy(stack, Desired.all(web, api), options, e -> {});
    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    JsonNode live = control().service(stack, "web").orElseThrow();
    assertThat(live.path("state").asText()).isEqualTo("active");
    assertThat(live.path("launchConfig").path("imageUuid").asText())
        .isEqualTo(web.launchConfig.get("imageUuid"));
  }

  private static DeployOptions.Builder finishing() {
    return EngineHarness.options().finish(true);
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
}
