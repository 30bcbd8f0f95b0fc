package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command once as a separate JVM against the emulator, as a CI job runs them: the read-only
 * ones and the standalone emulator in parallel with the users' sequence on one stack (rm --force
 * before the first up, up -q, scale, restart, a gate closed by finish and one by rollback, a failed
 * upgrade rolled back with exit 1, logs, rm).
 */
class CommandsProcessTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  static final String FILE = CliProcessTest.FILE;
  static final String APP = "flask-nanoservice";
  static final Duration DEADLINE = Duration.ofSeconds(60);
  @TempDir Path dir;

  private CliProcess start(String... args) throws Exception {
    return CliProcess.start(dir, EmulatorEnv.of(RANCHER.emulator()), args);
  }

  private CliProcess.Exit run(int code, String... args) throws Exception {
    CliProcess.Exit exit = start(args).await(DEADLINE);
    assertThat(exit.code()).as(String.join(" ", args) + "\n" + exit).isEqualTo(code);
    assertThat(exit.all()).doesNotContain(RANCHER.emulator().secretKey()).doesNotContain("\tat ");
    return exit;
  }

  @Test
  void everyCommandRunsAsItsOwnProcess() throws Exception {
    CliProcess render = start("render", "-f", FILE);
    CliProcess environments = start("environments");
    CliProcess plan = start("plan", "-p", "planned", "-f", FILE, "--create-stack");
    CliProcess ps = start("ps", "-p", "nowhere");
    CliProcess emulator =
        CliProcess.start(dir, Map.of(), "emulator", "--port", "0", "--speed", "0");

    String stack = "users";
    assertThat(run(0, "rm", "-p", stack, "--force").out()).contains("nothing to remove");
    CliProcess.Exit up =
        run(0, "up", "-p", stack, "-f", FILE, "--create-stack", "--health-grace", "0s", "-q");
    assertThat(up.out()).doesNotContain("INFO[").contains(APP).contains("create");
    run(0, "scale", "-p", stack, APP + "=2", "--health-grace", "0s");
    assertThat(run(0, "restart", "-p", stack, APP, "--health-grace", "0s").out())
        .contains("Restart of stack users succeeded");
    assertThat(
            RANCHER
                .emulator()
                .control()
                .containers(
                    RANCHER
                        .emulator()
                        .control()
                        .service(stack, APP)
                        .orElseThrow()
                        .path("id")
                        .asText()))
        .filteredOn(c -> c.path("state").asText().equals("running"))
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.path("startCount").asInt()).isEqualTo(2));
    run(
        0,
        "up",
        "-p",
        stack,
        "-f",
        FILE,
        "-u",
        "--no-finish",
        "--health-grace",
        "0s",
        "--image",
        APP + "=smoll/flask-nanoservice:1.0");
    assertThat(run(0, "finish", "-p", stack).out()).contains("Finish of stack users succeeded");
    run(
        0,
        "up",
        "-p",
        stack,
        "-f",
        FILE,
        "-u",
        "--no-finish",
        "--health-grace",
        "0s",
        "--image",
        APP + "=smoll/flask-nanoservice:2.0");
    assertThat(run(0, "rollback", "-p", stack, APP).out()).contains("Rollback of stack users");
    assertThat(
            RANCHER
                .emulator()
                .control()
                .service(stack, APP)
                .orElseThrow()
                .path("launchConfig")
                .path("imageUuid")
                .asText())
        .isEqualTo("docker:smoll/flask-nanoservice:1.0");
    RANCHER
        .emulator()
        .control()
        .image("smoll/flask-nanoservice:broken", ImageBehaviour.defaults().crashingAtStart());
    CliProcess.Exit failed =
        run(
            1,
            "up",
            "-p",
            stack,
            "-f",
            FILE,
            "-u",
            "--health-grace",
            "0s",
            "--upgrade-timeout",
            "20s",
            "--image",
            APP + "=smoll/flask-nanoservice:broken");
    assertThat(failed.err()).contains("failed and was rolled back");
    assertThat(run(0, "logs", "-p", stack, "--tail", "1", APP).out()).contains("[" + APP + "/");
    run(0, "rm", "-p", stack);
    assertThat(RANCHER.emulator().control().service(stack, APP)).isEmpty();

    assertThat(render.await(DEADLINE).out()).contains(APP).contains("RancherLB");
    assertThat(environments.await(DEADLINE).out()).contains("* 1a5");
    CliProcess.Exit planned = plan.await(DEADLINE);
    assertThat(planned.code()).as(planned.toString()).isZero();
    assertThat(planned.out()).contains(APP + ": create");
    assertThat(ps.await(DEADLINE).code()).isEqualTo(2);
    awaitLine(emulator, "RANCHER_URL=");
    emulator.signal("TERM");
    CliProcess.Exit stopped = emulator.await(DEADLINE);
    assertThat(stopped.out()).contains("Rancher emulator listening on", "RANCHER_ACCESS_KEY=");
    assertThat(stopped.code()).as(stopped.toString()).isIn(List.of(0, 130));
  }

  private static void awaitLine(CliProcess process, String text) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!process.out().contains(text)) {
      assertThat(System.nanoTime()).as("'%s' within %s", text, DEADLINE).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
