package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.TaskListener;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rancherDeploy finish: false} then {@code rancherFinishUpgrade} / {@code rancherRollback},
 * and an abort in the middle of an upgrade, against an emulator that takes its time (speed 0.05).
 */
class GateAndAbortEmulatorTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER =
      RancherEmulatorExtension.configure(b -> b.speed(0.05));

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

  private void compose(String tag) throws Exception {
    Files.writeString(
        workspace.resolve("docker-compose.yml"),
        "web:\n  image: smoll/flask-nanoservice:" + tag + "\n  tty: true\n");
  }

  private Map<String, Object> run(Operation operation, String stack, DeploySettings settings)
      throws Exception {
    return new RemoteDeploy(
            operation,
            stack,
            RemoteDeployEmulatorTest.target(RANCHER.emulator()),
            settings,
            Map.of(),
            listener)
        .invoke(workspace.toFile(), null);
  }

  /** No grace period for containers without a health check: the emulator's are up at once. */
  private static DeploySettings settings() {
    DeploySettings settings = new DeploySettings();
    settings.setHealthGrace("1s");
    return settings;
  }

  private String upgradeOutput(int from) {
    String all = console.toString(StandardCharsets.UTF_8);
    return all.substring(Math.min(from, all.length()));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> services(Map<String, Object> result) {
    return (List<Map<String, Object>>) result.get("services");
  }

  @Test
  void anUpgradeLeftForAGateIsFinishedByTheFinishStep() throws Exception {
    DeploySettings create = settings();
    create.setCreateStack(true);
    compose("v1");
    run(Operation.DEPLOY, "gated", create);
    compose("v2");
    DeploySettings gated = settings();
    gated.setFinish(false);

    Map<String, Object> upgraded = run(Operation.DEPLOY, "gated", gated);
    Map<String, Object> finished = run(Operation.FINISH, "gated", settings());

    assertThat(services(upgraded))
        .singleElement()
        .satisfies(s -> assertThat(s.get("state")).isEqualTo("upgraded"));
    assertThat(finished).containsEntry("outcome", "SUCCESS");
    assertThat(services(finished))
        .singleElement()
        .satisfies(s -> assertThat(s.get("state")).isEqualTo("active"));
  }

  @Test
  void anUpgradeLeftForAGateIsRolledBackByTheRollbackStep() throws Exception {
    DeploySettings create = settings();
    create.setCreateStack(true);
    compose("v1");
    run(Operation.DEPLOY, "rolled", create);
    compose("v2");
    DeploySettings gated = settings();
    gated.setFinish(false);
    run(Operation.DEPLOY, "rolled", gated);

    Map<String, Object> rolledBack = run(Operation.ROLLBACK, "rolled", settings());

    assertThat(rolledBack).containsEntry("outcome", "SUCCESS");
    assertThat(services(rolledBack))
        .singleElement()
        .satisfies(s -> assertThat(s.get("action")).isEqualTo("rollback"));
  }

  @Test
  void anAbortCancelsTheUpgradeWithinItsBoundAndSaysSo() throws Exception {
    DeploySettings create = settings();
    create.setCreateStack(true);
    compose("v1");
    run(Operation.DEPLOY, "aborted", create);
    compose("v2");
    DeploySettings upgrade = settings();
    upgrade.setRollbackTimeout("20s");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread build =
        new Thread(
            () -> {
              try {
                run(Operation.DEPLOY, "aborted", upgrade);
              } catch (Throwable t) {
                thrown.set(t);
              }
            },
            "build");

    int before = console.size();
    build.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!upgradeOutput(before).contains("[web]") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(upgradeOutput(before)).as("the upgrade started").contains("[web]");
    build.interrupt();
    build.join(TimeUnit.SECONDS.toMillis(60));

    assertThat(build.isAlive()).as("the aborted deploy ended within its bound").isFalse();
    assertThat(thrown.get())
        .isInstanceOf(InterruptedException.class)
        .hasMessageContaining("aborted");
    assertThat(upgradeOutput(before))
        .contains("Rancher: aborted; cancelling the deploy")
        .containsPattern("stack aborted: (ROLLED_BACK|ABORTED)");
  }

  /**
   * The controller's side of an abort ({@link DeployRunner#awaitAgent}): the interrupt does not cut
   * the call to the agent; a second call cancels the deploy there, and the controller returns only
   * once the agent's rollback has ended (so the stack's lock is held until then).
   */
  @Test
  void anAbortAsksTheAgentToCancelAndWaitsForItsRollback() throws Exception {
    DeploySettings create = settings();
    create.setCreateStack(true);
    compose("v1");
    run(Operation.DEPLOY, "waited", create);
    compose("v2");
    DeploySettings upgrade = settings();
    upgrade.setRollbackTimeout("20s");
    RemoteDeploy agent =
        new RemoteDeploy(
            Operation.DEPLOY,
            "waited",
            RemoteDeployEmulatorTest.target(RANCHER.emulator()),
            upgrade,
            Map.of(),
            listener);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> agentStillRunning = new AtomicReference<>();
    Thread controller =
        new Thread(
            () -> {
              try {
                DeployRunner.awaitAgent(
                    () -> agent.invoke(workspace.toFile(), null),
                    () -> new RunningDeploys.Cancel(agent.id()).invoke(null, null),
                    java.time.Duration.ofSeconds(60),
                    listener.getLogger());
              } catch (Throwable t) {
                agentStillRunning.set(RunningDeploys.isRunning(agent.id()));
                thrown.set(t);
              }
            },
            "controller");

    int before = console.size();
    controller.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!upgradeOutput(before).contains("[web]") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(upgradeOutput(before)).as("the upgrade started").contains("[web]");
    controller.interrupt();
    controller.join(TimeUnit.SECONDS.toMillis(60));

    assertThat(controller.isAlive()).as("the aborted deploy ended within its bound").isFalse();
    assertThat(thrown.get()).isInstanceOf(InterruptedException.class).hasMessageContaining("abort");
    assertThat(agentStillRunning.get())
        .as("the agent had ended when the controller returned")
        .isFalse();
    assertThat(upgradeOutput(before))
        .contains("Rancher: aborted; cancelling the deploy")
        .containsPattern("stack waited: (ROLLED_BACK|ABORTED)");
  }
}
