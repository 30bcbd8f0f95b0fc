package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.util.Secret;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's half of {@code rancherDeploy} (what runs inside {@code FilePath.act}) against the
 * emulator over real sockets: the workspace's compose files, core's engine, the masked console, the
 * result map.
 */
class RemoteDeployEmulatorTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  @TempDir Path workspace;

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
  void copyTheUsersStack() throws IOException {
    for (String file : List.of("docker-compose.yml", "rancher-compose.yml")) {
      try (var in = getClass().getResourceAsStream("/stacksonstacks/" + file)) {
        Files.copy(in, workspace.resolve(file));
      }
    }
  }

  static RancherTarget target(RancherEmulator rancher) {
    TargetSelection selection =
        new TargetSelection(
            "emulator", "Default", rancher.url().toString(), "", "key", null, false);
    return new RancherTarget(
        selection, rancher.accessKey(), Secret.fromString(rancher.secretKey()));
  }

  private Map<String, Object> deploy(DeploySettings settings, String stack) throws Exception {
    return new RemoteDeploy(
            Operation.DEPLOY,
            stack,
            target(RANCHER.emulator()),
            settings,
            Map.of("BUILD_NUMBER", "7"),
            listener)
        .invoke(workspace.toFile(), null);
  }

  private String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  @Test
  void followedLogsReachTheConsoleOnceEach() throws Exception {
    DeploySettings settings = new DeploySettings();
    settings.setHealthGrace("2s");
    settings.setCreateStack(true);
    settings.setFollowLogs(true);

    deploy(settings, "followed");

    List<String> containerLines =
        console()
            .lines()
            .filter(
                line -> line.startsWith("[flask-nanoservice/") || line.startsWith("[RancherLB/"))
            .toList();
    assertThat(containerLines).as("container log lines in the console").isNotEmpty();
    assertThat(containerLines).as("each container line printed once").doesNotHaveDuplicates();
    assertThat(console()).doesNotContain(RANCHER.emulator().secretKey());
  }

  @Test
  void deploysTheStackAndReturnsTheResultAsAMap() throws Exception {
    DeploySettings settings = new DeploySettings();
    settings.setHealthGrace("1s");
    settings.setCreateStack(true);

    Map<String, Object> result = deploy(settings, "stacksonstacks");

    assertThat(result)
        .containsEntry("stack", "stacksonstacks")
        .containsEntry("outcome", "SUCCESS")
        .containsEntry("succeeded", true);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> services = (List<Map<String, Object>>) result.get("services");
    assertThat(services)
        .extracting(s -> s.get("service"))
        .containsExactlyInAnyOrder("RancherLB", "flask-nanoservice");
    assertThat(console())
        .contains(
            "compose file docker-compose.yml",
            "rancher-compose file rancher-compose.yml",
            "connected to",
            "stack stacksonstacks: SUCCESS");
    assertThat(console()).doesNotContain(RANCHER.emulator().secretKey());
  }

  @Test
  void aSecondDeployOfTheSameFilesChangesNothing() throws Exception {
    DeploySettings settings = new DeploySettings();
    settings.setHealthGrace("1s");
    settings.setCreateStack(true);
    deploy(settings, "unchanged-twice");

    Map<String, Object> again = deploy(settings, "unchanged-twice");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> services = (List<Map<String, Object>>) again.get("services");
    assertThat(again).containsEntry("outcome", "SUCCESS");
    assertThat(services).extracting(s -> s.get("action")).containsOnly("unchanged");
  }

  @Test
  void aMissingStackIsNotCreatedUnlessAsked() {
    assertThatThrownBy(() -> deploy(new DeploySettings(), "no-such-stack"))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("no-such-stack");
  }

  @Test
  void aGlobThatMatchesNothingFailsBeforeConnecting() {
    DeploySettings settings = new DeploySettings();
    settings.setHealthGrace("1s");
    settings.setFiles("deploy/*.yml");

    assertThatThrownBy(() -> deploy(settings, "stacksonstacks"))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("files: 'deploy/*.yml' matches no file in the workspace");
    assertThat(console()).doesNotContain("connected to");
  }

  @Test
  void aBrokenComposeFileIsReportedWithItsNameAndNothingIsDeployed() throws Exception {
    Files.writeString(workspace.resolve("docker-compose.yml"), "web:\n  image: [unclosed\n");
    DeploySettings settings = new DeploySettings();
    settings.setHealthGrace("1s");
    settings.setCreateStack(true);

    assertThatThrownBy(() -> deploy(settings, "broken"))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("docker-compose.yml");
    assertThat(console()).doesNotContain("connected to");
  }

  @Test
  void aWrongKeyFailsWithAnAuthenticationMessageThatHoldsNoSecret() {
    RancherEmulator rancher = RANCHER.emulator();
    TargetSelection selection =
        new TargetSelection("emulator", "", rancher.url().toString(), "", "key", null, false);
    RancherTarget wrong =
        new RancherTarget(
            selection, rancher.accessKey(), Secret.fromString("wrong-secret-canary-1234"));
    RemoteDeploy remote =
        new RemoteDeploy(
            Operation.DEPLOY, "stacksonstacks", wrong, new DeploySettings(), Map.of(), listener);

    assertThatThrownBy(() -> remote.invoke(workspace.toFile(), null))
        .isInstanceOf(AbortException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-secret-canary-1234"));
    assertThat(console()).doesNotContain("wrong-secret-canary-1234");
  }

  @Test
  void aVariableFromTheBuildReachesTheComposeFile() throws Exception {
    Files.writeString(
        workspace.resolve("docker-compose.yml"),
        "web:\n  image: smoll/flask-nanoservice:build-${BUILD_NUMBER}\n  tty: true\n");
    Files.delete(workspace.resolve("rancher-compose.yml"));
    DeploySettings settings = new DeploySettings();
    settings.setHealthGrace("1s");
    settings.setCreateStack(true);

    Map<String, Object> result = deploy(settings, "interpolated");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> services = (List<Map<String, Object>>) result.get("services");
    assertThat(services)
        .singleElement()
        .satisfies(
            s ->
                assertThat(String.valueOf(s.get("newImage")))
                    .contains("smoll/flask-nanoservice:build-7"));
  }
}
