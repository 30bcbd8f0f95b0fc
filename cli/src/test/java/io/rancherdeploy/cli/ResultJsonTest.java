package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.ServiceResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
  @Test
  void aRolledBackDeployHasEveryFieldAScriptReads() throws Exception {
    DeployResult result =
        new DeployResult(
            "stacksonstacks",
            Outcome.ROLLED_BACK,
            List.of(
                new ServiceResult(
                    "flask-nanoservice",
                    ServiceAction.ROLLBACK,
                    Optional.of("smoll/flask-nanoservice:latest"),
                    Optional.of("smoll/flask-nanoservice:1.0"),
                    "active",
                    1,
                    1,
                    Duration.ofMillis(1500))),
            Optional.of(
                new DeployFailure(
                    Phase.HEALTH,
                    Optional.of("flask-nanoservice"),
                    Optional.of("upgraded"),
                    Optional.empty(),
                    "never became healthy",
                    List.of("unhealthy"),
                    List.of("boom"))),
            Duration.ofSeconds(3));
    JsonNode json = ResultJson.MAPPER.readTree(ResultJson.write(ResultJson.of(result, 1)));
    assertThat(json.get("stack").asText()).isEqualTo("stacksonstacks");
    assertThat(json.get("outcome").asText()).isEqualTo("rolled-back");
    assertThat(json.get("succeeded").asBoolean()).isFalse();
    assertThat(json.get("exitCode").asInt()).isEqualTo(1);
    assertThat(json.get("elapsedMillis").asLong()).isEqualTo(3000);
    JsonNode service = json.get("services").get(0);
    assertThat(service.get("action").asText()).isEqualTo("rollback");
    assertThat(service.get("oldImage").asText()).isEqualTo("smoll/flask-nanoservice:latest");
    assertThat(service.get("runningInstances").asInt()).isEqualTo(1);
    JsonNode failure = json.get("failure");
    assertThat(failure.get("phase").asText()).isEqualTo("health");
    assertThat(failure.get("rancherState").asText()).isEqualTo("upgraded");
    assertThat(failure.get("transitioningMessage").isNull()).isTrue();
    assertThat(failure.get("lastLogLines").get(0).asText()).isEqualTo("boom");
    assertThat(failure.get("description").asText())
        .contains("health failed for service flask-nanoservice");
  }
}
