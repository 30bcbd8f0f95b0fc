package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.VerifyProbe;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.io.IOException;
import java.time.Duration;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The verify probe: the application under deploy is a local HTTP server answering what the test
 * says.
 */
class VerifyTest {
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

  private static MockWebServer app(int status) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse().setResponseCode(status);
          }
        });
    server.start();
    return server;
  }

  private static DeployResult upgradeWithProbe(String stack, int status, int maxFailures)
      throws IOException {
    try (MockWebServer server = app(status)) {
      return upgradeWithProbe(
          stack,
          new VerifyProbe(server.url("/health").uri(), 200, Duration.ofMillis(20), maxFailures),
          Duration.ofMillis(200));
    }
  }

  private static DeployResult upgradeWithProbe(String stack, VerifyProbe probe, Duration grace) {
    Desired web = service("web", "web:1");
    DeployEngine engine = new DeployEngine(client);
    assertThat(
            engine
                .deploy(
                    stack,
                    Desired.all(web),
                    EngineHarness.options().createStack(true).build(),
                    e -> {})
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
    return engine.deploy(
        stack,
        Desired.all(web.image("web:2")),
        EngineHarness.options().healthGrace(grace).verify(probe).build(),
        e -> {});
  }

  @Test
  void failingProbesFailTheDeployAndRollItBack() throws IOException {
    DeployResult result = upgradeWithProbe("probed", 503, 2);

    assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
    DeployFailure failure = result.failure().orElseThrow();
    assertThat(failure.phase()).isEqualTo(Phase.VERIFY);
    assertThat(failure.message())
        .contains("did not answer 200")
        .contains("status 503")
        .contains("rolled back: web");
    assertThat(
            RANCHER
                .emulator()
                .control()
                .service("probed", "web")
                .orElseThrow()
                .path("launchConfig")
                .path("imageUuid")
                .asText())
        .isEqualTo("docker:web:1");
  }

  @Test
  void aHealthyProbeLetsTheDeployFinish() throws IOException {
    DeployResult result = upgradeWithProbe("healthy", 200, 0);
    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
  }

  @Test
  void anUpgradeQuickerThanTheProbeWaitsForTheMinimumRequests() throws IOException {
    try (MockWebServer server = app(200)) {
      VerifyProbe probe =
          new VerifyProbe(server.url("/health").uri(), 200, Duration.ofMillis(150), 0, 3);
      DeployResult result = upgradeWithProbe("quick", probe, Duration.ZERO);

      assertThat(result.outcome())
          .as(result.failure().map(DeployFailure::describe).orElse(""))
          .isEqualTo(Outcome.SUCCESS);
      assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void noSuccessfulProbeFailsEvenWithinTheToleratedFailures() throws IOException {
    try (MockWebServer server = app(503)) {
      VerifyProbe probe =
          new VerifyProbe(server.url("/health").uri(), 200, Duration.ofMillis(20), 100, 2);
      DeployResult result = upgradeWithProbe("nosuccess", probe, Duration.ZERO);

      assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
      DeployFailure failure = result.failure().orElseThrow();
      assertThat(failure.phase()).isEqualTo(Phase.VERIFY);
      assertThat(failure.message())
          .contains("verification failed: 0 of ")
          .contains(server.url("/health").toString())
          .contains("status 503")
          .contains("rolled back: web");
    }
  }
}
