package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets its exit code and a one-paragraph message that names the problem and
 * the fix, never a stack trace or a secret, and the server sees no request that changes anything.
 */
class BadInputTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  static final String FILE = RenderCommandTest.STACK.toString();
  @TempDir Path dir;

  @BeforeEach
  void clearJournal() {
    RANCHER.emulator().control().clearRequests();
  }

  private static Map<String, String> env(String name, String value) {
    Map<String, String> env = new HashMap<>(EmulatorEnv.of(RANCHER.emulator()));
    env.put(name, value);
    return env;
  }

  private static CliRun up(Map<String, String> env, String... more) {
    String[] args = new String[more.length + 7];
    System.arraycopy(
        new String[] {"up", "-p", "stacksonstacks", "-f", FILE, "--create-stack", "-u"},
        0,
        args,
        0,
        7);
    System.arraycopy(more, 0, args, 7, more.length);
    CliRun run = CliRun.of(env, args);
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(run.all())
        .doesNotContain(RANCHER.emulator().secretKey())
        .doesNotContain("wrong-secret-canary");
    assertThat(EmulatorEnv.mutatingRequests(RANCHER.emulator())).isEmpty();
    return run;
  }

  @Test
  void aMissingComposeFileIsExit2BeforeAnyRequest() {
    CliRun run =
        CliRun.of(
            EmulatorEnv.of(RANCHER.emulator()), "up", "-p", "stacksonstacks", "-f", "missing.yml");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("missing.yml").contains("does not exist");
    assertThat(RANCHER.emulator().control().requests()).isEmpty();
  }

  @Test
  void badYamlIsExit2BeforeAnyRequest() throws IOException {
    Path file = Files.writeString(dir.resolve("docker-compose.yml"), "web:\n  image: [\n");
    CliRun run =
        CliRun.of(EmulatorEnv.of(RANCHER.emulator()), "up", "-p", "s", "-f", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString());
    assertThat(RANCHER.emulator().control().requests()).isEmpty();
  }

  @Test
  void aWrongSecretKeyIsExit3AndNeverPrinted() {
    CliRun run = up(env("RANCHER_SECRET_KEY", "wrong-secret-canary"));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains(RANCHER.emulator().accessKey());
  }

  @Test
  void anUnknownEnvironmentIsExit3AndListsWhatTheKeySees() {
    CliRun run = up(env("RANCHER_ENVIRONMENT", "Staging"));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("Staging").contains("Default");
  }

  @Test
  void anUnreachableServerIsExit3() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CliRun run = up(env("RANCHER_URL", "http://127.0.0.1:" + port));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("127.0.0.1:" + port);
  }

  @Test
  void noServerConfiguredIsExit2NamingTheVariable() {
    CliRun run = CliRun.of(Map.of(), "up", "-p", "s", "-f", FILE);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("RANCHER_URL");
  }

  @Test
  void contradictoryOptionsAreExit2() {
    CliRun run = up(EmulatorEnv.of(RANCHER.emulator()), "--recreate");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("choose one");
  }

  @Test
  void aMissingStackNameIsAUsageError() {
    CliRun run = CliRun.of(EmulatorEnv.of(RANCHER.emulator()), "up", "-f", FILE);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--project-name");
    assertThat(RANCHER.emulator().control().requests()).isEmpty();
  }

  @Test
  void debugShowsAStackTraceWithTheSecretMasked() {
    CliRun run =
        CliRun.of(
            env("RANCHER_SECRET_KEY", "wrong-secret-canary"),
            "ps",
            "-p",
            "s",
            "--debug",
            "--secret-key",
            "wrong-secret-canary");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("\tat ").doesNotContain("wrong-secret-canary");
  }
}
