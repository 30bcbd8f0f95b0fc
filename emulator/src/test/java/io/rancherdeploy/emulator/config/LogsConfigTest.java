package io.rancherdeploy.emulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.logs.LogBehaviour;
import io.rancherdeploy.emulator.logs.LogEntry;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code logs:} part of the standalone emulator's config file. */
class LogsConfigTest {

  @TempDir Path dir;

  @Test
  void setsHowAnImagesContainersWrite() throws IOException {
    EmulatorConfig config =
        ConfigFiles.load(
            dir,
            """
            logs:
              "acme/api:2": {linesPerSecond: 0, startup: ["api {container} ready on {host}"]}
              "acme/web:1": {stderrShare: 0.5, stdout: ["ok {n}"], stderr: ["oops {n}"]}
            """);
    assertThat(config.logs().get("acme/api:2"))
        .isEqualTo(
            new LogBehaviour(
                0,
                0.1,
                List.of("api {container} ready on {host}"),
                LogBehaviour.webService().stdoutMessages(),
                LogBehaviour.webService().stderrMessages()));
    assertThat(config.logs().get("acme/web:1").stderrShare()).isEqualTo(0.5);

    try (RancherEmulator rancher = RancherEmulator.builder().port(0).speed(0).hosts(1).start()) {
      config.apply(rancher);
      var api = new io.rancherdeploy.emulator.http.Api(rancher);
      String stack =
          api.post("/v2-beta/projects/1a5/stacks", "{\"name\":\"cfg\"}").body().get("id").asText();
      String service =
          api.post(
                  "/v2-beta/projects/1a5/services",
                  "{\"name\":\"api\",\"stackId\":\""
                      + stack
                      + "\",\"launchConfig\":{\"imageUuid\":\"docker:acme/api:2\"}}")
              .body()
              .get("id")
              .asText();
      rancher.control().awaitState(service, "inactive", Duration.ofSeconds(10));
      api.post("/v2-beta/projects/1a5/services/" + service + "/?action=activate", "");
      rancher.control().awaitState(service, "active", Duration.ofSeconds(10));
      String container = rancher.control().containers(service).get(0).get("id").asText();
      LogsPlugin logs = rancher.control().plugin(LogsPlugin.class).orElseThrow();
      assertThat(logs.logs().lines(container))
          .extracting(LogEntry::text)
          .containsExactly("api cfg-api-1 ready on host1");
    }
  }

  @Test
  void refusesBadValuesNamingTheFieldAndTheFix() throws IOException {
    assertThatThrownBy(
            () ->
                ConfigFiles.load(
                    dir,
                    """
                    logs:
                      "acme/web:1": {stderrShare: 2}
                    """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("logs.acme/web:1")
        .hasMessageContaining("stderrShare");
    assertThatThrownBy(
            () ->
                ConfigFiles.load(
                    dir,
                    """
                    logs:
                      "acme/web:1": {stdout: [{a: b}]}
                    """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("logs.acme/web:1.stdout[0]");
    assertThatThrownBy(
            () ->
                ConfigFiles.load(
                    dir,
                    """
                    logs:
                      "acme/web:1": {rate: 3}
                    """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rate");
  }
}
