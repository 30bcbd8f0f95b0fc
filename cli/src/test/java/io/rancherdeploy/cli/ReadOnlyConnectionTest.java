package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Commands that only read (ps, plan, logs without -f) never open the events websocket, so they do
 * not wait for it to be live; the ones that wait for changes (up, logs -f) do open it.
 */
class ReadOnlyConnectionTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static final String STACK = "reader";
  private static final String APP = "flask-nanoservice";

  @BeforeAll
  static void stack() {
    CliRun up =
        run(
            "up",
            "-p",
            STACK,
            "-f",
            StackCommandsTest.FILE,
            "--create-stack",
            "--health-grace",
            "0s");
    assertThat(up.exitCode()).as(up.toString()).isZero();
  }

  private static CliRun run(String... args) {
    Map<String, String> env = EmulatorEnv.of(RANCHER.emulator());
    return CliRun.of(env, args);
  }

  private static List<RecordedRequest> subscriptions() {
    return RANCHER.emulator().control().requests().stream()
        .filter(r -> r.path().endsWith("/subscribe"))
        .toList();
  }

  @Test
  void readingCommandsDoNotSubscribeToEvents() {
    RANCHER.emulator().control().clearRequests();

    CliRun ps = run("ps", "-p", STACK);
    CliRun plan = run("plan", "-p", STACK, "-f", StackCommandsTest.FILE);
    CliRun logs = run("logs", "-p", STACK, "--tail", "1", APP);

    assertThat(ps.exitCode()).as(ps.toString()).isZero();
    assertThat(ps.out()).contains(APP);
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out()).contains(APP + ": unchanged");
    assertThat(logs.exitCode()).as(logs.toString()).isZero();
    assertThat(RANCHER.emulator().control().requests())
        .as("the commands reached the server")
        .isNotEmpty();
    assertThat(subscriptions()).isEmpty();
  }

  @Test
  void followingAndDeployingSubscribe() {
    RANCHER.emulator().control().clearRequests();

    CliRun follow = run("logs", "-p", STACK, "-f", "--tail", "1", "--follow-for", "500ms", APP);
    assertThat(follow.exitCode()).as(follow.toString()).isZero();
    assertThat(subscriptions()).hasSize(1);

    CliRun up = run("up", "-p", STACK, "-f", StackCommandsTest.FILE, "--health-grace", "0s");
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(subscriptions()).hasSize(2);
  }
}
