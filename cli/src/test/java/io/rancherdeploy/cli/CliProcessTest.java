package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as CI runs it: a separate JVM (this test's class path, Main as the main class) with
 * RANCHER_* in its environment; exit codes as the shell sees them, stdout and stderr apart, and
 * Ctrl-C (SIGINT) during an upgrade ending in 130 after the rollback.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliProcessTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  static final String FILE =
      Path.of(RenderCommandTest.STACK.toString()).toAbsolutePath().toString();
  static final String APP = "flask-nanoservice";
  @TempDir Path dir;

  record Exit(int code, String out, String err) {}

  private Process start(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("RANCHER_"));
    builder.environment().putAll(EmulatorEnv.of(RANCHER.emulator()));
    return builder.start();
  }

  private Exit finish(Process process, Duration deadline) throws Exception {
    if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the CLI did not end within " + deadline);
    }
    return new Exit(
        process.exitValue(),
        Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }

  private Exit run(String... args) throws Exception {
    return finish(start(args), Duration.ofSeconds(60));
  }

  @Test
  @Order(1)
  void upPrintsJsonOnStdoutAndProgressOnStderr() throws Exception {
    Exit exit =
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
    assertThat(run("up", "-p", "stacksonstacks", "-f", "nowhere.yml").code()).isEqualTo(2);
    assertThat(run("ps", "-p", "stacksonstacks", "--secret-key", "not-the-key").code())
        .isEqualTo(3);
    assertThat(run("--help").code()).isZero();
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  @Order(3)
  void ctrlCDuringAnUpgradeRollsBackAndExits130() throws Exception {
    RANCHER.emulator().control().image("smoll/flask-nanoservice:slow",
        ImageBehaviour.defaults().withStartDelay(Duration.ofSeconds(30)));
    String before = image();
    Process process = start("up", "-p", "stacksonstacks", "-f", FILE, "-u", "--health-grace", "0s",
        "--image", APP + "=smoll/flask-nanoservice:slow");
    String id =
        RANCHER
            .emulator()
            .control()
            .service("stacksonstacks", APP)
            .orElseThrow()
            .path("id")
            .asText();
    RANCHER
        .emulator()
        .control()
        .await(
            id,
            "upgrading",
            s -> s.path("state").asText().equals("upgrading"),
            Duration.ofSeconds(20));
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
        .start()
        .waitFor(5, TimeUnit.SECONDS);
    Exit exit = finish(process, Duration.ofSeconds(60));
    assertThat(exit.code()).as(exit.out() + exit.err()).isEqualTo(130);
    assertThat(image()).isEqualTo(before);
    assertThat(exit.out() + exit.err()).contains("interrupted");
  }

  private static String image() {
    return RANCHER.emulator().control().service("stacksonstacks", APP).orElseThrow()
        .path("launchConfig").path("imageUuid").asText();
  }
}
