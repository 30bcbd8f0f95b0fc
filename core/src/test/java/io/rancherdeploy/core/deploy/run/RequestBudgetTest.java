package io.rancherdeploy.core.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.compose.ComposeLoader;
import io.rancherdeploy.core.compose.ComposeSource;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.DesiredServices;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The requests a deploy of the users' stack costs, connecting included, as the emulator's journal
 * counts them (benchmark (b) prints the same figures): a fresh deploy at most 20, an unchanged
 * re-run exactly the six it needs, one changed image at most 12.
 */
class RequestBudgetTest {
  private static final Path SEED = Path.of("src/test/resources/compose/stacksonstacks");

  @RegisterExtension static final RancherEmulatorExtension RANCHER = EngineHarness.emulator();

  private static final List<DesiredService> FILES =
      DesiredServices.of(
          ComposeLoader.load(
              ComposeSource.builder()
                  .composeFile(SEED.resolve("docker-compose.yml"))
                  .rancherComposeFile(SEED.resolve("rancher-compose.yml"))
                  .build()));

  /** Connects and deploys with a fresh journal; the requests it cost. */
  private static List<RecordedRequest> deploy(DeployOptions options) {
    RANCHER.emulator().control().clearRequests();
    try (RancherClient client = EngineHarness.connect(RANCHER.emulator())) {
      DeployResult result =
          new DeployEngine(client).deploy("stacksonstacks", FILES, options, e -> {});
      assertThat(result.outcome())
          .as(result.failure().map(f -> f.describe()).orElse(""))
          .isEqualTo(Outcome.SUCCESS);
    }
    return RANCHER.emulator().control().requests();
  }

  @Test
  void theUsersStackCostsFewRequestsAndAnUnchangedReRunOnlyReads() {
    List<RecordedRequest> fresh = deploy(EngineHarness.options().createStack(true).build());
    List<RecordedRequest> unchanged = deploy(EngineHarness.options().build());
    List<RecordedRequest> oneImage =
        deploy(
            EngineHarness.options()
                .image("flask-nanoservice", "smoll/flask-nanoservice:v2")
                .build());

    assertThat(fresh).hasSizeLessThanOrEqualTo(20);
    assertThat(unchanged)
        .extracting(RecordedRequest::line)
        .containsExactlyInAnyOrder(
            "GET /v2-beta",
            "GET /v2-beta/projects",
            "GET /v2-beta/projects/1a5/schemas",
            "GET /v2-beta/projects/1a5/subscribe",
            "GET /v2-beta/projects/1a5/stacks",
            "GET /v2-beta/projects/1a5/services");
    assertThat(oneImage).hasSizeLessThanOrEqualTo(12);
    assertThat(oneImage)
        .filteredOn(r -> r.query().getOrDefault("action", List.of()).contains("upgrade"))
        .hasSize(1);
  }
}
