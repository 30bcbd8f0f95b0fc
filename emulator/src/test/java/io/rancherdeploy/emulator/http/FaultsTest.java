package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import io.rancherdeploy.emulator.simulation.RandomFaults;
import io.rancherdeploy.emulator.simulation.RequestMatch;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

  @RegisterExtension final RancherEmulatorExtension rancher = RancherEmulatorExtension.create();

  private Api api() {
    return new Api(rancher.emulator());
  }

  private EmulatorControl control() {
    return rancher.emulator().control();
  }

  @Test
  void scriptedStatusHitsTheNextMatchingRequestsOnly() {
    control().inject(new Fault.ErrorStatus(RequestMatch.of("POST", "/stacks"), 409, 1));

    Api.Answer conflict = api().post("/v2-beta/stacks", "{\"name\":\"a\"}");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body().path("code").asText()).isEqualTo("Conflict");
    assertThat(api().get("/v2-beta/stacks").data()).isEmpty();
    assertThat(api().post("/v2-beta/stacks", "{\"name\":\"a\"}").status()).isEqualTo(201);
  }

  @Test
  void serverErrorsAndLatency() {
    control().inject(new Fault.ErrorStatus(RequestMatch.path("/hosts"), 503, 2));
    control().inject(new Fault.Latency(RequestMatch.path("/projects"), Duration.ofMillis(300), 1));

    assertThat(api().get("/v2-beta/hosts").status()).isEqualTo(503);
    assertThat(api().get("/v2-beta/hosts").status()).isEqualTo(503);
    assertThat(api().get("/v2-beta/hosts").status()).isEqualTo(200);
    long start = System.nanoTime();
    assertThat(api().get("/v2-beta/projects").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void droppedConnectionsAnswerNothing() {
    control().inject(new Fault.DropConnection(RequestMatch.path("/v2-beta/settings"), 1));

    assertThatThrownBy(() -> api().get("/v2-beta/settings"))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(api().get("/v2-beta/settings").status()).isEqualTo(200);
    assertThat(control().requests()).extracting(r -> r.status()).contains(0);
  }

  @Test
  void transitioningErrorEndsTheProcessWithTheMessage() {
    Scenario scenario = new Scenario(rancher.emulator());
    String stack = scenario.stack("demo");
    String web = scenario.service(stack, "web", 1, "{\"imageUuid\":\"docker:nginx:1.13\"}");
    control().inject(new Fault.TransitioningError("web", "Failed to allocate instance: no disk"));

    api().post("/v2-beta/services/" + web + "/?action=activate", "");

    var failed =
        control()
            .await(
                web,
                "transitioning error",
                r -> r.path("transitioning").asText().equals("error"),
                Scenario.DEADLINE);
    assertThat(failed.path("state").asText()).isEqualTo("activating");
    assertThat(failed.path("transitioningMessage").asText())
        .isEqualTo("Failed to allocate instance: no disk");
    assertThat(api().get("/v2-beta/services/" + web).body().path("transitioning").asText())
        .isEqualTo("error");
  }

  @Test
  void stuckUpgradeStaysUpgradingUntilRolledBack() throws InterruptedException {
    Scenario scenario = new Scenario(rancher.emulator());
    String stack = scenario.stack("demo");
    String web = scenario.activeService(stack, "web", 1, "{\"imageUuid\":\"docker:nginx:1.13\"}");
    control().inject(new Fault.StuckUpgrade("web"));

    api()
        .post(
            "/v2-beta/services/" + web + "/?action=upgrade",
            "{\"inServiceStrategy\":{\"launchConfig\":{\"imageUuid\":\"docker:nginx:1.14\"}}}");
    Thread.sleep(300);
    assertThat(control().resource(web).orElseThrow().path("state").asText()).isEqualTo("upgrading");

    assertThat(api().post("/v2-beta/services/" + web + "/?action=rollback", "").status())
        .isEqualTo(202);
    control().awaitState(web, "active", Scenario.DEADLINE);
  }

  @Test
  void neverHealthyImagesKeepAnUpgradeWaiting() throws InterruptedException {
    control().image("nginx:broken", ImageBehaviour.defaults().neverHealthy());
    Scenario scenario = new Scenario(rancher.emulator());
    String stack = scenario.stack("demo");
    String web =
        scenario.activeService(
            stack, "web", 1, "{\"imageUuid\":\"docker:nginx:1.13\",\"healthCheck\":{\"port\":80}}");

    api()
        .post(
            "/v2-beta/services/" + web + "/?action=upgrade",
            "{\"inServiceStrategy\":{\"startFirst\":true,"
                + "\"launchConfig\":{\"imageUuid\":\"docker:nginx:broken\",\"healthCheck\":{\"port\":80}}}}");

    var waiting =
        control()
            .await(
                web,
                "waiting for health",
                r -> r.path("transitioningMessage").asText().contains("healthy"),
                Scenario.DEADLINE);
    assertThat(waiting.path("state").asText()).isEqualTo("upgrading");
    assertThat(waiting.path("healthState").asText()).isEqualTo("healthy");
    assertThat(control().containers(web))
        .extracting(c -> c.path("state").asText())
        .containsOnly("running");
  }

  @Test
  void randomFaultsRepeatForTheSameSeed() {
    assertThat(statuses(7)).isEqualTo(statuses(7));
    assertThat(statuses(7)).contains(503).contains(200);
  }

  private static List<Integer> statuses(long seed) {
    try (RancherEmulator emulator = RancherEmulator.builder().port(0).speed(0).seed(seed).start()) {
      emulator.control().randomFaults(new RandomFaults(0, Duration.ZERO, 0.3, 0.1, 0, 0));
      Api api = new Api(emulator);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        statuses.add(api.get("/v2-beta/hosts").status());
      }
      return statuses;
    }
  }
}
