package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.jenkins.plugins.rancherdeploy.config.JenkinsProxy;
import io.jenkins.plugins.rancherdeploy.config.RancherTarget;
import io.jenkins.plugins.rancherdeploy.config.TargetSelection;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jenkins' HTTP proxy on the agent's half of a deploy, over real sockets: a forwarding proxy that
 * wants Basic credentials stands between the deploy and the emulator.
 */
class ProxyEmulatorTest {
  /** A canary: special characters a percent-encoder must get right; it must never be printed. */
  private static final String PASSWORD = "canary-Pr0xy@pw:50%/ü";

  private static final String USER = "jenkins-proxy";

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  @TempDir Path workspace;

  private CountingProxy proxy;
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final TaskListener listener =
      new TaskListener() {
        private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

        @Override
        public PrintStream getLogger() {
          return out;
        }
      };

  @BeforeEach
  void start() throws IOException {
    proxy =
        new CountingProxy(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    for (String file : List.of("docker-compose.yml", "rancher-compose.yml")) {
      try (var in = getClass().getResourceAsStream("/stacksonstacks/" + file)) {
        Files.copy(in, workspace.resolve(file));
      }
    }
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
  }

  private Optional<JenkinsProxy> jenkinsProxy(String password, String noProxyHost) {
    return JenkinsProxy.of(
        "127.0.0.1", proxy.port(), USER, Secret.fromString(password), noProxyHost);
  }

  private static RancherTarget target(Optional<JenkinsProxy> proxy) {
    RancherEmulator rancher = RANCHER.emulator();
    TargetSelection selection =
        new TargetSelection(
            "emulator", "Default", rancher.url().toString(), "", "key", null, false);
    return new RancherTarget(
        selection, rancher.accessKey(), Secret.fromString(rancher.secretKey()), proxy);
  }

  private Map<String, Object> deploy(RancherTarget target, String stack) throws Exception {
    DeploySettings settings = new DeploySettings();
    settings.setHealthGrace("1s");
    settings.setCreateStack(true);
    settings.setFollowLogs(true);
    return new RemoteDeploy(Operation.DEPLOY, stack, target, settings, Map.of(), listener)
        .invoke(workspace.toFile(), null);
  }

  private String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theDeployReachesTheEmulatorThroughTheProxyWebsocketsToo() throws Exception {
    Map<String, Object> result = deploy(target(jenkinsProxy(PASSWORD, null)), "via-proxy");

    assertThat(result).containsEntry("outcome", "SUCCESS");
    String emulator = "http://127.0.0.1:" + RANCHER.emulator().port() + "/";
    assertThat(proxy.requests())
        .as("requests through the proxy")
        .isNotEmpty()
        .allMatch(line -> line.split(" ")[1].startsWith(emulator))
        .anyMatch(line -> line.startsWith("POST ") && line.contains("/stacks"))
        .anyMatch(line -> line.contains("/subscribe"))
        .anyMatch(line -> line.contains("/v1/logs/"));
    assertThat(proxy.refused()).as("each request carried the credentials").isEmpty();
    assertThat(console())
        .contains("stack via-proxy: SUCCESS")
        .contains("[flask-nanoservice/")
        .doesNotContain(PASSWORD);
  }

  @Test
  void aNoProxyHostGoesDirectly() throws Exception {
    Map<String, Object> result =
        deploy(target(jenkinsProxy(PASSWORD, "rancher.example.com, 127.0.0.*")), "direct");

    assertThat(result).containsEntry("outcome", "SUCCESS");
    assertThat(proxy.requests()).isEmpty();
    assertThat(proxy.refused()).isEmpty();
  }

  @Test
  void withoutAJenkinsProxyTheEndpointHasNone() throws Exception {
    RancherTarget target = target(Optional.empty());

    assertThat(EngineBridge.endpoint(target).proxy()).isEmpty();
    assertThat(deploy(target, "no-proxy")).containsEntry("outcome", "SUCCESS");
    assertThat(proxy.requests()).isEmpty();
  }

  @Test
  void aRefusedProxyPasswordFailsWithoutShowingIt() {
    String wrong = "canary-wrong-Pr0xy@pw:99%/é";
    RancherTarget target = target(jenkinsProxy(wrong, null));

    assertThatThrownBy(() -> deploy(target, "refused"))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("HTTP proxy refused")
        .hasMessageContaining("407")
        .hasMessageNotContaining(wrong)
        .hasMessageNotContaining(PASSWORD);
    assertThat(proxy.refused()).isNotEmpty();
    assertThat(proxy.requests()).isEmpty();
    assertThat(console()).doesNotContain(wrong);
  }

  @Test
  void theConsoleMasksThePasswordAndItsBasicToken() {
    String token =
        Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    String masked =
        RemoteDeploy.secrets(target(jenkinsProxy(PASSWORD, null)))
            .mask("proxy said: Proxy-Authorization: Basic " + token + " for password " + PASSWORD);

    assertThat(masked).doesNotContain(token).doesNotContain(PASSWORD).contains("for password");
  }

  @Test
  void theProxyPasswordStaysOutOfDescriptions() {
    RancherTarget target = target(jenkinsProxy(PASSWORD, "*.internal"));

    assertThat(target.toString())
        .contains("127.0.0.1:" + proxy.port(), USER)
        .doesNotContain(PASSWORD);
    assertThat(EngineBridge.endpoint(target).toString()).doesNotContain(PASSWORD);
    assertThat(target.proxy().orElseThrow().toString()).doesNotContain(PASSWORD);
  }
}
