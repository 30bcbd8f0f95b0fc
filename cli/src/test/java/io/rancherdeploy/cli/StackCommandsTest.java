package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The users' commands in their order against one emulator (speed 0): up, ps, plan, a rolling
 * upgrade, scale, a manual gate closed by finish and by rollback, rm. Each checks the exit code,
 * the output and the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackCommandsTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  static final String FILE = RenderCommandTest.STACK.toString();
  static final String APP = "flask-nanoservice";

  private static CliRun cli(String... args) {
    CliRun run = CliRun.of(EmulatorEnv.of(RANCHER.emulator()), args);
    assertThat(run.all()).doesNotContain(RANCHER.emulator().secretKey());
    return run;
  }

  private static EmulatorControl control() {
    return RANCHER.emulator().control();
  }

  private static String image() {
    return control()
        .service("stacksonstacks", APP)
        .orElseThrow()
        .path("launchConfig")
        .path("imageUuid")
        .asText();
  }

  @Test
  @Order(1)
  void upOnAMissingStackWithoutCreateStackChangesNothing() {
    CliRun run = cli("up", "-p", "stacksonstacks", "-f", FILE);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("stacksonstacks").contains("does not exist");
    assertThat(EmulatorEnv.mutatingRequests(RANCHER.emulator())).isEmpty();
  }

  @Test
  @Order(2)
  void upCreatesTheStackAndPrintsTheResultAsJson() throws Exception {
    CliRun run =
        cli(
            "up",
            "-p",
            "stacksonstacks",
            "-f",
            FILE,
            "--create-stack",
            "-d",
            "--health-grace",
            "0s",
            "--output",
            "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = ResultJson.MAPPER.readTree(run.out());
    assertThat(json.get("outcome").asText()).isEqualTo("success");
    assertThat(json.get("exitCode").asInt()).isZero();
    assertThat(json.get("services")).hasSize(2);
    assertThat(json.get("services").findValuesAsText("action")).containsOnly("create");
    assertThat(json.get("failure").isNull()).isTrue();
    assertThat(run.err()).contains("Creating stack stacksonstacks");
    assertThat(
            control()
                .containers(
                    control().service("stacksonstacks", APP).orElseThrow().path("id").asText()))
        .hasSize(1);
  }

  @Test
  @Order(3)
  void psListsServicesAndContainers() {
    CliRun run = cli("ps", "-p", "stacksonstacks");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(APP, "RancherLB", "active", "running", "smoll/flask-nanoservice:latest");
  }

  @Test
  @Order(4)
  void planShowsTheUpgradeAndChangesNothing() {
    control().clearRequests();
    CliRun run =
        cli(
            "plan",
            "-p",
            "stacksonstacks",
            "-f",
            FILE,
            "-u",
            "--image",
            APP + "=smoll/flask-nanoservice:1.0");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains(APP + ": upgrade").contains("smoll/flask-nanoservice:1.0");
    assertThat(EmulatorEnv.mutatingRequests(RANCHER.emulator())).isEmpty();
  }

  @Test
  @Order(5)
  void rancherComposeOrderRollsOutTheNewImage() {
    CliRun run =
        cli(
            "-p",
            "stacksonstacks",
            "-f",
            FILE,
            "up",
            "-d",
            "-u",
            "--health-grace",
            "0s",
            "--image",
            APP + "=smoll/flask-nanoservice:1.0");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("upgrade").contains("succeeded");
    assertThat(image()).isEqualTo("docker:smoll/flask-nanoservice:1.0");
  }

  @Test
  @Order(6)
  void scaleRunsTwoContainers() {
    CliRun run = cli("scale", "-p", "stacksonstacks", APP + "=2", "--health-grace", "0s");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    String id = control().service("stacksonstacks", APP).orElseThrow().path("id").asText();
    assertThat(
            control().containers(id).stream()
                .filter(c -> c.path("state").asText().equals("running")))
        .hasSize(2);
  }

  @Test
  @Order(7)
  void noFinishLeavesAGateThatFinishCloses() {
    CliRun up =
        cli(
            "up",
            "-p",
            "stacksonstacks",
            "-f",
            FILE,
            "-u",
            "--no-finish",
            "--health-grace",
            "0s",
            "--image",
            APP + "=smoll/flask-nanoservice:1.1");
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(control().service("stacksonstacks", APP).orElseThrow().path("state").asText())
        .isEqualTo("upgraded");
    CliRun finish = cli("finish", "-p", "stacksonstacks");
    assertThat(finish.exitCode()).as(finish.toString()).isZero();
    assertThat(control().service("stacksonstacks", APP).orElseThrow().path("state").asText())
        .isEqualTo("active");
    assertThat(image()).isEqualTo("docker:smoll/flask-nanoservice:1.1");
  }

  @Test
  @Order(8)
  void rollbackReturnsToThePreviousImage() {
    CliRun up =
        cli(
            "up",
            "-p",
            "stacksonstacks",
            "-f",
            FILE,
            "-u",
            "--no-finish",
            "--health-grace",
            "0s",
            "--image",
            APP + "=smoll/flask-nanoservice:2.0");
    assertThat(up.exitCode()).as(up.toString()).isZero();
    CliRun rollback = cli("rollback", "-p", "stacksonstacks", APP);
    assertThat(rollback.exitCode()).as(rollback.toString()).isZero();
    assertThat(image()).isEqualTo("docker:smoll/flask-nanoservice:1.1");
  }

  @Test
  @Order(9)
  void aFailedUpgradeRollsBackAndExits1() throws Exception {
    control()
        .image(
            "smoll/flask-nanoservice:broken",
            io.rancherdeploy.emulator.simulation.ImageBehaviour.defaults().crashingAtStart());
    CliRun run =
        cli(
            "up",
            "-p",
            "stacksonstacks",
            "-f",
            FILE,
            "-u",
            "--health-grace",
            "0s",
            "-o",
            "json",
            "--upgrade-timeout",
            "20s",
            "--image",
            APP + "=smoll/flask-nanoservice:broken");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    JsonNode json = ResultJson.MAPPER.readTree(run.out());
    assertThat(json.get("outcome").asText()).isEqualTo("rolled-back");
    assertThat(json.get("failure").get("service").asText()).isEqualTo(APP);
    assertThat(json.get("failure").get("phase").asText()).isNotBlank();
    assertThat(run.err()).contains("failed and was rolled back").contains(APP);
    assertThat(image()).isEqualTo("docker:smoll/flask-nanoservice:1.1");
  }

  @Test
  @Order(10)
  void rmRemovesTheServices() {
    CliRun run = cli("rm", "-p", "stacksonstacks");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(control().service("stacksonstacks", APP)).isEmpty();
    CliRun again = cli("rm", "-p", "stacksonstacks", "--force");
    assertThat(again.exitCode()).as(again.toString()).isZero();
  }

  @Test
  @Order(11)
  void environmentsMarksTheOneInUse() {
    CliRun run = cli("environments");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("* 1a5").contains("Default");
  }
}
