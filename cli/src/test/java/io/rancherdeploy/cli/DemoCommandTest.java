package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job from start to end as a user runs it (its own JVM), on its own embedded emulator at
 * full speed.
 */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void everyStepOfTheUsersStoryDoesWhatItShould() throws Exception {
    CliProcess.Exit run =
        CliProcess.start(
                dir,
                Map.of(),
                "demo",
                "--speed",
                "0",
                "--health-grace",
                "0s",
                "--stack-dir",
                "../examples/stacksonstacks",
                "--step-timeout",
                "30s",
                "--output",
                "json")
            .await(Duration.ofSeconds(120));
    assertThat(run.code()).as(run.toString()).isZero();
    JsonNode steps =
        ResultJson.MAPPER.readTree(run.out().substring(run.out().lastIndexOf("\n[") + 1));
    assertThat(steps).hasSize(7);
    assertThat(steps.findValuesAsText("step"))
        .containsExactly(
            "rm (clean start)",
            "up",
            "logs",
            "rolling upgrade to 1.0",
            "scale to 2",
            "suspend a host",
            "host back");
    for (JsonNode step : steps) {
      assertThat(step.get("passed").asBoolean()).as(step.toString()).isTrue();
    }
    assertThat(steps.get(3).get("detail").asText()).contains("0 of").contains("requests failed");
    assertThat(steps.get(5).get("detail").asText()).contains("replacement running on");
    assertThat(run.out()).contains("$ rancher-deploy up -p stacksonstacks");
  }

  @Test
  void aSpeedOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of(Map.of(), "demo", "--speed", "-1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--speed");
  }
}
