package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.config.EmulatorConfig;
import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.RequestMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's fault examples over HTTP: a fault named by its action ({@code action=activate}) hits
 * that action only, in the Java and in the YAML form (issue #2).
 */
class ActionFaultsTest {
  @RegisterExtension final RancherEmulatorExtension rancher = RancherEmulatorExtension.create();

  @TempDir Path dir;

  private static void assertOneConflictOnActivateOnly(Api api) {
    assertThat(api.post("/v2-beta/hosts/1h1/?action=deactivate", "").status())
        .as("another action")
        .isEqualTo(202);
    Api.Answer conflict = api.post("/v2-beta/hosts/1h1/?action=activate", "");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body().path("code").asText()).isEqualTo("Conflict");
    Api.Answer again = api.post("/v2-beta/hosts/1h1/?action=activate", "");
    assertThat(again.status()).as("times: 1").isEqualTo(202);
    assertThat(again.body().path("state").asText()).isEqualTo("active");
  }

  @Test
  void theJavaExampleHitsTheActivateAction() {
    rancher
        .emulator()
        .control()
        .inject(new Fault.ErrorStatus(RequestMatch.of("POST", "action=activate"), 409, 1));
    assertOneConflictOnActivateOnly(new Api(rancher.emulator()));
  }

  @Test
  void theYamlExampleHitsTheActivateAction() throws IOException {
    Path file = dir.resolve("emulator.yml");
    Files.writeString(
        file,
        "faults:\n"
            + "  - {type: error, method: POST, path: action=activate, status: 409, times: 1}\n");
    EmulatorConfig config = EmulatorConfig.load(file);
    try (RancherEmulator emulator = config.configure(RancherEmulator.builder().port(0)).start()) {
      config.apply(emulator);
      assertOneConflictOnActivateOnly(new Api(emulator));
    }
  }

  @Test
  void anActionIsMatchedWholeAndAPathByFragment() {
    RequestMatch activate = RequestMatch.of("POST", "action=activate");
    assertThat(activate.matches("POST", "/v2-beta/services/1s1/?action=activate")).isTrue();
    assertThat(activate.matches("POST", "/v2-beta/stacks/1st1/?action=activateservices")).isFalse();
    assertThat(activate.matches("GET", "/v2-beta/services/1s1/?action=activate")).isFalse();
    assertThat(activate.matches("POST", "/v2-beta/services/action=activate")).isFalse();
    assertThat(RequestMatch.path("/stacks").matches("POST", "/v2-beta/stacks")).isTrue();
    assertThat(RequestMatch.path("services/1s1").matches("GET", "/v2-beta/services/1s1")).isTrue();
    assertThat(RequestMatch.any().matches("DELETE", "/v2-beta/hosts/1h1")).isTrue();
  }
}
