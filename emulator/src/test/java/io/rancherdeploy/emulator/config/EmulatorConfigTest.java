package io.rancherdeploy.emulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.http.Api;
import io.rancherdeploy.emulator.simulation.Fault;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorConfigTest {

  @TempDir Path dir;

  @Test
  void declaresEnvironmentsKeysHostsImagesAndFaults() throws IOException {
    EmulatorConfig config =
        ConfigFiles.load(
            dir,
            """
            speed: 0
            seed: 9
            environments:
              - name: Prod
                hosts: [alpha, beta]
                keys: [{accessKey: AK1, secretKey: SK1}]
              - name: Staging
                hosts: 1
                keys: [{accessKey: AK2, secretKey: SK2}]
            accountKeys:
              - {accessKey: ACC, secretKey: SEC, environments: [Prod, Staging]}
            images:
              "nginx:1.13": {pullDelay: 2s, healthy: false}
            hostFailoverDelay: 1500ms
            faults:
              - {type: error, method: GET, path: /hosts, status: 503, times: 1}
              - {type: stuckUpgrade, service: web}
            """);

    assertThat(config.speed()).contains(0.0);
    assertThat(config.images().get("nginx:1.13").healthy()).isFalse();
    assertThat(config.images().get("nginx:1.13").pullDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.faults()).hasSize(2).element(1).isEqualTo(new Fault.StuckUpgrade("web"));
    assertThat(config.environments().get(0).keys().toString()).doesNotContain("SK1");
    try (RancherEmulator emulator = config.configure(RancherEmulator.builder().port(0)).start()) {
      config.apply(emulator);
      Api prod = new Api(emulator);
      assertThat(emulator.accessKey()).isEqualTo("AK1");
      assertThat(prod.get("/v2-beta/hosts").status()).isEqualTo(503);
      assertThat(prod.get("/v2-beta/hosts").data())
          .extracting(h -> h.path("name").asText())
          .containsExactly("alpha", "beta");
      assertThat(prod.get("/v2-beta/projects/1a5").body().path("name").asText()).isEqualTo("Prod");
      assertThat(prod.as("AK2", "SK2").get("/v2-beta/hosts").data()).hasSize(1);
      assertThat(prod.as("ACC", "SEC").get("/v2-beta/projects").data()).hasSize(2);
    }
  }

  @Test
  void unknownKeysNameTheFieldAndTheFix() throws IOException {
    Path file = ConfigFiles.write(dir, "environments:\n  - name: A\n    hostz: 3\n");
    assertThatThrownBy(() -> EmulatorConfig.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("environments[0].hostz")
        .hasMessageContaining("Use one of");
  }

  @Test
  void wrongTypesAndValuesNameTheField() throws IOException {
    assertThatThrownBy(() -> ConfigFiles.load(dir, "images:\n  x: {pullDelay: soon}\n"))
        .hasMessageContaining("images.x.pullDelay")
        .hasMessageContaining("500ms");
    assertThatThrownBy(() -> ConfigFiles.load(dir, "faults:\n  - {type: meteor}\n"))
        .hasMessageContaining("faults[0].type")
        .hasMessageContaining("latency");
    assertThatThrownBy(() -> ConfigFiles.load(dir, "faults:\n  - {type: error, status: 200}\n"))
        .hasMessageContaining("faults[0].status");
    assertThatThrownBy(() -> ConfigFiles.load(dir, "randomFaults: {serverError: 2}\n"))
        .hasMessageContaining("randomFaults")
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> ConfigFiles.load(dir, "speed: fast\n")).hasMessageContaining("speed");
  }

  @Test
  void yamlSyntaxErrorsNameTheLine() throws IOException {
    assertThatThrownBy(() -> ConfigFiles.load(dir, "environments:\n  - name: [unclosed\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void accountKeysMustNameDeclaredEnvironments() throws IOException {
    EmulatorConfig config =
        ConfigFiles.load(
            dir, "accountKeys:\n  - {accessKey: A, secretKey: B, environments: [Nowhere]}\n");
    try (RancherEmulator emulator =
        config.configure(RancherEmulator.builder().port(0).speed(0)).start()) {
      assertThatThrownBy(() -> config.apply(emulator))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("Nowhere");
    }
  }
}
