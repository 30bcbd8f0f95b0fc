package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.balancer.BalancerPlugin;
import io.rancherdeploy.emulator.balancer.BalancerPort;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.RequestMatch;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up}'s own flags end to end against the emulator: --pull, --follow-logs, --verify-url
 * (through the emulator's load balancer, and against a dead URL), --prune and --parallelism, each
 * checked on the server (its request journal, state or load balancer counters) and in the output.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpFlagsTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  static final String STACK = "flags";
  static final String FILE = StackCommandsTest.FILE;
  static final String APP = "flask-nanoservice";
  @TempDir Path dir;

  private static EmulatorControl control() {
    return RANCHER.emulator().control();
  }

  private static CliRun up(String... args) {
    List<String> line = new ArrayList<>(List.of("up", "-p", STACK));
    if (!List.of(args).contains("--health-grace")) {
      line.addAll(List.of("--health-grace", "0s"));
    }
    line.addAll(List.of(args));
    CliRun run = CliRun.of(EmulatorEnv.of(RANCHER.emulator()), line.toArray(String[]::new));
    assertThat(run.all()).doesNotContain(RANCHER.emulator().secretKey());
    return run;
  }

  private static List<RecordedRequest> requests(String method, String contains) {
    return control().requests().stream()
        .filter(r -> r.method().equals(method))
        .filter(r -> (r.path() + "?" + r.query()).contains(contains))
        .toList();
  }

  private static String image() {
    return control()
        .service(STACK, APP)
        .orElseThrow()
        .path("launchConfig")
        .path("imageUuid")
        .asText();
  }

  @Test
  @Order(1)
  void pullCreatesAPullTaskPerImageBeforeCreating() {
    control().clearRequests();
    CliRun run = up("-f", FILE, "--create-stack", "--pull");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(requests("POST", "pulltask")).isNotEmpty();
    assertThat(run.out())
        .contains("Pulling docker:smoll/flask-nanoservice:latest on every host")
        .contains("Pulled docker:smoll/flask-nanoservice:latest on host1: Done");
    assertThat(control().service(STACK, APP)).isPresent();
  }

  @Test
  @Order(2)
  void followLogsPrintsTheNewContainersLines() {
    control().clearRequests();
    CliRun run =
        up("-f", FILE, "-u", "--follow-logs", "--image", APP + "=smoll/flask-nanoservice:1.0");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(requests("POST", "logs")).isNotEmpty();
    assertThat(run.out()).containsPattern("\\[" + APP + "/[^\\]]+] ");
    CliRun raw =
        up(
            "-f",
            FILE,
            "-u",
            "--follow-logs",
            "--raw",
            "--image",
            APP + "=smoll/flask-nanoservice:1.1");
    assertThat(raw.exitCode()).as(raw.toString()).isZero();
    assertThat(raw.out()).doesNotContainPattern("\\[" + APP + "/[^\\]]+] ");
  }

  /**
   * The example's balancer routes by host name, which a probe of 127.0.0.1 cannot send: a copy of
   * the files whose rule takes any host on port 80.
   */
  private Path anyHostFiles() throws IOException {
    Path source = Path.of(FILE).getParent();
    Files.copy(source.resolve("docker-compose.yml"), dir.resolve("docker-compose.yml"));
    Files.writeString(
        dir.resolve("rancher-compose.yml"),
        Files.readString(source.resolve("rancher-compose.yml")));
    Path compose = dir.resolve("docker-compose.yml");
    Files.writeString(
        compose,
        Files.readString(compose).replace("flask-nanoservice.examplez.com=5000", "80=5000"));
    return compose;
  }

  @Test
  @Order(3)
  void verifyUrlProbesTheLoadBalancerDuringTheUpgrade() throws IOException {
    String files = anyHostFiles().toString();
    CliRun rule = up("-f", files, "-u", "--image", APP + "=smoll/flask-nanoservice:1.1");
    assertThat(rule.exitCode()).as(rule.toString()).isZero();
    BalancerPlugin balancers = control().plugin(BalancerPlugin.class).orElseThrow();
    String lb = control().service(STACK, "RancherLB").orElseThrow().path("id").asText();
    BalancerPort before = balancers.awaitPort(lb, 80, Duration.ofSeconds(10));
    // No grace: the engine itself waits for the probe's minimum requests before finishing.
    CliRun run =
        up(
            "-f",
            files,
            "-u",
            "--start-first",
            "--verify-url",
            before.url().toString(),
            "--verify-interval",
            "20ms",
            "--image",
            APP + "=smoll/flask-nanoservice:1.2");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as("no live status line off a terminal").doesNotContain("\r");
    BalancerPort after = balancers.port(lb, 80).orElseThrow();
    assertThat(after.served()).isGreaterThan(before.served());
    assertThat(after.refused()).isEqualTo(before.refused());
    assertThat(image()).isEqualTo("docker:smoll/flask-nanoservice:1.2");
  }

  @Test
  @Order(4)
  void aFailingVerifyUrlRollsBackAndExits1() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + port + "/";
    CliRun run =
        up(
            "-f",
            FILE,
            "-u",
            "--verify-url",
            dead,
            "--verify-interval",
            "20ms",
            "--image",
            APP + "=smoll/flask-nanoservice:1.3");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("verification failed").contains(dead).contains("rolled back");
    assertThat(image()).isEqualTo("docker:smoll/flask-nanoservice:1.2");
  }

  @Test
  @Order(5)
  void pruneRemovesServicesNoLongerInTheFiles() throws IOException {
    Path extra = Files.writeString(dir.resolve("extra.yml"), "extra:\n  image: nginx:1.13\n");
    CliRun add = up("-f", extra.toString());
    assertThat(add.exitCode()).as(add.toString()).isZero();
    assertThat(control().service(STACK, "extra")).isPresent();
    CliRun keep = up("-f", FILE);
    assertThat(keep.exitCode()).as(keep.toString()).isZero();
    assertThat(control().service(STACK, "extra")).as("without --prune").isPresent();
    CliRun prune = up("-f", FILE, "--prune");
    assertThat(prune.exitCode()).as(prune.toString()).isZero();
    assertThat(prune.out()).contains("extra").contains("Removing");
    assertThat(control().service(STACK, "extra")).isEmpty();
    assertThat(control().service(STACK, APP)).isPresent();
  }

  @Test
  @Order(6)
  void parallelismBoundsTheActivationsInFlight() throws IOException {
    Path three =
        Files.writeString(
            dir.resolve("three.yml"),
            "a:\n  image: nginx:1.13\nb:\n  image: nginx:1.13\nc:\n  image: nginx:1.13\n");
    Duration latency = Duration.ofMillis(400);
    // Only a service's actions (here its activate) are under /services/; its create is not.
    control().inject(new Fault.Latency(RequestMatch.of("POST", "/services/"), latency, 6));
    control().clearRequests();
    CliRun one =
        CliRun.of(
            EmulatorEnv.of(RANCHER.emulator()),
            "up",
            "-p",
            "one",
            "-f",
            three.toString(),
            "--create-stack",
            "--health-grace",
            "0s",
            "--parallelism",
            "1");
    assertThat(one.exitCode()).as(one.toString()).isZero();
    List<Long> sequential = gapsBetweenActivations();
    control().clearRequests();
    CliRun all =
        CliRun.of(
            EmulatorEnv.of(RANCHER.emulator()),
            "up",
            "-p",
            "three",
            "-f",
            three.toString(),
            "--create-stack",
            "--health-grace",
            "0s",
            "--parallelism",
            "3");
    assertThat(all.exitCode()).as(all.toString()).isZero();
    List<Long> parallel = gapsBetweenActivations();
    // Each activation is answered after the latency: one at a time, they are at least that apart.
    assertThat(sequential)
        .hasSize(2)
        .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(latency.toMillis()));
    assertThat(parallel)
        .hasSize(2)
        .anySatisfy(gap -> assertThat(gap).isLessThan(latency.toMillis()));
  }

  /** Milliseconds between the answers to the activate actions, in order. */
  private static List<Long> gapsBetweenActivations() {
    List<RecordedRequest> activations = requests("POST", "activate");
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < activations.size(); i++) {
      gaps.add(
          Duration.between(activations.get(i - 1).time(), activations.get(i).time()).toMillis());
    }
    return gaps;
  }
}
