package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.ServiceResult;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultMapsTest {
  private static final ServiceResult WEB =
      new ServiceResult(
          "web",
          ServiceAction.UPGRADE,
          Optional.of("app:1"),
          Optional.of("app:2"),
          "active",
          2,
          2,
          Duration.ofSeconds(12));

  @Test
  void aSuccessBecomesPlainSerializableValues() throws Exception {
    Map<String, Object> map =
        ResultMaps.toMap(
            new DeployResult(
                "stacksonstacks",
                Outcome.SUCCESS,
                List.of(WEB),
                Optional.empty(),
                Duration.ofSeconds(20)));

    assertThat(map)
        .containsEntry("stack", "stacksonstacks")
        .containsEntry("outcome", "SUCCESS")
        .containsEntry("succeeded", true)
        .containsEntry("elapsedMillis", 20_000L)
        .doesNotContainKey("failure");
    assertThat(map.get("services"))
        .isEqualTo(
            List.of(
                Map.of(
                    "service",
                    "web",
                    "action",
                    "upgrade",
                    "oldImage",
                    "app:1",
                    "newImage",
                    "app:2",
                    "state",
                    "active",
                    "runningInstances",
                    2,
                    "desiredInstances",
                    2,
                    "elapsedMillis",
                    12_000L)));
    new ObjectOutputStream(new ByteArrayOutputStream())
        .writeObject(map); // crosses remoting and CPS
    assertThat(DeployRunner.checked(map)).isSameAs(map);
  }

  @Test
  void aFailureIsDescribedAndFailsTheBuild() {
    DeployFailure failure =
        new DeployFailure(
            Phase.HEALTH,
            Optional.of("web"),
            Optional.of("upgraded"),
            Optional.empty(),
            "2 of 2 new containers unhealthy after 5m",
            List.of("unhealthy"),
            List.of("boom"));
    Map<String, Object> map =
        ResultMaps.toMap(
            new DeployResult(
                "s",
                Outcome.ROLLED_BACK,
                List.of(WEB),
                Optional.of(failure),
                Duration.ofMinutes(6)));

    assertThat(map).containsEntry("outcome", "ROLLED_BACK").containsEntry("succeeded", false);
    assertThat(ResultMaps.describeFailure(map)).isEqualTo(failure.describe());
    assertThatThrownBy(() -> DeployRunner.checked(map))
        .isInstanceOf(AbortException.class)
        .hasMessage("Rancher: deploy rolled back: " + failure.describe());
  }

  @Test
  void anAbortedDeployMarksTheBuildAborted() {
    DeployFailure failure =
        new DeployFailure(
            Phase.UPGRADE,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "cancelled",
            List.of(),
            List.of());
    Map<String, Object> map =
        ResultMaps.toMap(
            new DeployResult(
                "s", Outcome.ABORTED, List.of(), Optional.of(failure), Duration.ofSeconds(3)));

    assertThatThrownBy(() -> DeployRunner.checked(map)).isInstanceOf(InterruptedException.class);
  }
}
