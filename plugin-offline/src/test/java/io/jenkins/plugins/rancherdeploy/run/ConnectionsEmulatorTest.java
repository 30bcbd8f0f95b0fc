package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.rancherdeploy.config.JenkinsProxy;
import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.model.ApiKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Test connection" lists what the key sees: every environment of an account key, too; through
 * Jenkins' HTTP proxy when one is set.
 */
class ConnectionsEmulatorTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static List<String> urls() {
    return List.of(RANCHER.emulator().url().toString());
  }

  @Test
  void anAccountKeySeeingSeveralEnvironmentsListsThemAll() {
    String staging = RANCHER.emulator().control().addEnvironment("Staging");
    RANCHER
        .emulator()
        .control()
        .addKey(
            ApiKey.account(
                "jenkins-ak",
                "jenkins-sk-51d0",
                List.of(RancherEmulator.DEFAULT_PROJECT, staging)));
    assertThat(
            Connections.environments(
                urls(), "jenkins-ak", "jenkins-sk-51d0", null, false, Optional.empty()))
        .containsExactlyInAnyOrder("Default (1a5)", "Staging (" + staging + ")");
  }

  @Test
  void anEnvironmentKeyListsItsEnvironmentAndAWrongSecretFails() {
    assertThat(
            Connections.environments(
                urls(),
                RANCHER.emulator().accessKey(),
                RANCHER.emulator().secretKey(),
                null,
                false,
                Optional.empty()))
        .containsExactly("Default (1a5)");
    assertThatThrownBy(
            () ->
                Connections.environments(
                    urls(),
                    RANCHER.emulator().accessKey(),
                    "not-the-secret",
                    null,
                    false,
                    Optional.empty()))
        .isInstanceOf(RancherDeployException.class)
        .hasMessageNotContaining("not-the-secret");
  }

  @Test
  void theConnectionTestGoesThroughJenkinsProxy() throws Exception {
    try (CountingProxy proxy = new CountingProxy(null)) {
      Optional<JenkinsProxy> jenkinsProxy =
          JenkinsProxy.of("127.0.0.1", proxy.port(), null, null, "rancher.example.com");

      assertThat(
              Connections.environments(
                  urls(),
                  RANCHER.emulator().accessKey(),
                  RANCHER.emulator().secretKey(),
                  null,
                  false,
                  jenkinsProxy))
          .containsExactly("Default (1a5)");
      assertThat(proxy.requests())
          .isNotEmpty()
          .allMatch(line -> line.contains(" " + RANCHER.emulator().url() + "/"));
    }
  }
}
