package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as CI runs it: a separate JVM with RANCHER_* in its environment; exit codes as the shell
 * sees them, stdout and stderr apart, and Ctrl-C (SIGINT) or a CI's abort (SIGTERM) during an
 * upgrade ending in 130 after the rollback.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliProcessTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  static final String FILE =
      Path.of(RenderCommandTest.STACK.toString()).toAbsolutePath().toString();
  static final String APP = "flask-nanoservice";
  @TempDir Path dir;

  private CliProcess.Exit run(String... args) throws Exception {
    return CliProcess.run(dir, env(), args);
  }

  private static Map<String, String> env() {
    return EmulatorEnv.of(RANCHER.emulator());
  }

  @Test
  @Order(1)
  void upPrintsJsonOnStdoutAndProgressOnStderr() throws Exception {
    CliProcess.Exit exit =
        run(
            "up",
            "-p",
            "stacksonstacks",
            "-f",
            FILE,
            "--create-stack",
            "--health-grace",
            "0s",
            "-o",
            "json");
    assertThat(exit.code()).as(exit.err()).isZero();
    JsonNode json = ResultJson.MAPPER.readTree(exit.out());
    assertThat(json.get("stack").asText()).isEqualTo("stacksonstacks");
    assertThat(json.get("outcome").asText()).isEqualTo("success");
    assertThat(exit.err()).contains("INFO[").contains("Creating");
  }

  @Test
  @Order(2)
  void badInputAndAWrongKeyExitAsDocumented() throws Exception {
    CliProcess missing = CliProcess.start(dir, env(), "up", "-p", "stacksonstacks", "-f", "no.yml");
    CliProcess wrongKey =
        CliProcess.start(dir, env(), "ps", "-p", "stacksonstacks", "--secret-key", "not-the-key");
    CliProcess help = CliProcess.start(dir, env(), "--help");
    CliProcess unknown = CliProcess.start(dir, env(), "frobnicate");
    assertThat(missing.await(Duration.ofSeconds(60)).code()).isEqualTo(2);
    assertThat(wrongKey.await(Duration.ofSeconds(60)).code()).isEqualTo(3);
    assertThat(help.await(Duration.ofSeconds(60)).code()).isZero();
    assertThat(unknown.await(Duration.ofSeconds(60)).code()).isEqualTo(2);
  }

  @Test
  @Order(3)
  void ctrlCDuringAnUpgradeRollsBackAndExits130() throws Exception {
    // A build started in the background by a shell without job control (cmd &) ignores SIGINT,
    // and so does every process it starts: the CLI then rightly never sees a Ctrl-C.
    assumeFalse(ignoredHere(2), "SIGINT is ignored in this process tree (a background job)");
    interruptAnUpgrade("INT", "smoll/flask-nanoservice:1.0");
  }

  /** Whether this JVM (and so the CLI it starts) inherited {@code signal} as ignored. */
  private static boolean ignoredHere(int signal) throws java.io.IOException {
    Path status = Path.of("/proc/self/status");
    if (!java.nio.file.Files.exists(status)) {
      return false;
    }
    return java.nio.file.Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("SigIgn:"))
        .map(line -> new java.math.BigInteger(line.substring(7).trim(), 16))
        .anyMatch(mask -> mask.testBit(signal - 1));
  }

  /** What CI and Jenkins send on abort: the same bounded cleanup as Ctrl-C, and exit 130. */
  @Test
  @Order(4)
  void sigtermDuringAnUpgradeRollsBackAndExits130() throws Exception {
    interruptAnUpgrade("TERM", "smoll/flask-nanoservice:1.1");
  }

  /**
   * The new containers must keep running for a minute before the upgrade may finish (the health
   * grace), so the signal surely comes while the upgrade is open.
   */
  private void interruptAnUpgrade(String signal, String image) throws Exception {
    String before = image();
    CliProcess up =
        CliProcess.start(
            dir,
            env(),
            "up",
            "-p",
            "stacksonstacks",
            "-f",
            FILE,
            "-u",
            "--health-grace",
            "60s",
            "--image",
            APP + "=" + image);
    String id = service().path("id").asText();
    RANCHER
        .emulator()
        .control()
        .await(
            id,
            "upgraded to " + image,
            s ->
                Set.of("upgrading", "upgraded").contains(s.path("state").asText())
                    && s.path("launchConfig").path("imageUuid").asText().endsWith(image),
            Duration.ofSeconds(30));
    up.signal(signal);
    CliProcess.Exit exit = up.await(Duration.ofSeconds(60));
    assertThat(exit.code()).as(exit.toString()).isEqualTo(130);
    assertThat(image()).as(exit.toString()).isEqualTo(before);
    assertThat(service().path("state").asText()).as(exit.toString()).isEqualTo("active");
    assertThat(exit.all()).contains("interrupted");
  }

  private static JsonNode service() {
    return RANCHER.emulator().control().service("stacksonstacks", APP).orElseThrow();
  }

  private static String image() {
    return service().path("launchConfig").path("imageUuid").asText();
  }
}
