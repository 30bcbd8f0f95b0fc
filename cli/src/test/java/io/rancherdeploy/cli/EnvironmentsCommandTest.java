package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EnvironmentsCommandTest {
  @RegisterExtension static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static Map<String, String> env() {
    return Map.of("RANCHER_URL", RANCHER.emulator().url().toString(),
        "RANCHER_ACCESS_KEY", RANCHER.emulator().accessKey(),
        "RANCHER_SECRET_KEY", RANCHER.emulator().secretKey());
  }

  @Test
  void listsWhatTheKeySees() {
    CliRun run = CliRun.of(env(), "environments");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("* 1a5");
    assertThat(run.all()).doesNotContain(RANCHER.emulator().secretKey());
  }
}
