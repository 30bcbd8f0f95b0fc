package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.model.ApiKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Test connection" lists what the key sees: every environment of an account key, too. */
class ConnectionsEmulatorTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static List<String> urls() {
    return List.of(RANCHER.emulator().url().toString());
  }

  @Test
  void anAccountKeySeeingSeveralEnvironmentsListsThemAll() {
    String staging = RANCHER.emulator().control().addEnvironment("Staging");
    RANCHER.emulator().control().addKey(ApiKey.account("jenkins-ak", "jenkins-sk-51d0",
        List.of(RancherEmulator.DEFAULT_PROJECT, staging)));
    assertThat(Connections.environments(urls(), "jenkins-ak", "jenkins-sk-51d0", null, false))
        .containsExactlyInAnyOrder("Default (1a5)", "Staging (" + staging + ")");
  }

  @Test
  void anEnvironmentKeyListsItsEnvironmentAndAWrongSecretFails() {
    assertThat(Connections.environments(urls(), RANCHER.emulator().accessKey(),
        RANCHER.emulator().secretKey(), null, false)).containsExactly("Default (1a5)");
    assertThatThrownBy(() -> Connections.environments(urls(), RANCHER.emulator().accessKey(),
        "not-the-secret", null, false)).isInstanceOf(RancherDeployException.class)
        .hasMessageNotContaining("not-the-secret");
  }
}
