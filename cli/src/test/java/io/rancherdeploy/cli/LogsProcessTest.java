package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.logs.LogBehaviour;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code logs} as CI runs it, a separate JVM against the emulator's logs plugin: --tail, --raw, -t,
 * --since and -f (ended by --follow-for, by SIGTERM or by the stack's removal, never left hanging),
 * each checked line by line. The read-only runs of one test go in parallel.
 */
class LogsProcessTest {
  /** One numbered line per simulated second (about 20 a second at speed 0). */
  private static final LogBehaviour NUMBERED =
      new LogBehaviour(
          1, 0, List.of("starting {container}"), List.of("GET / 200 (request {n})"), List.of());

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER =
      RancherEmulatorExtension.configure(b -> b.plugin(new LogsPlugin().defaultImage(NUMBERED)));

  static final String STACK = "logstack";
  static final String APP = "flask-nanoservice";
  private static final Pattern PREFIXED = Pattern.compile("\\[" + APP + "/[^\\]]+] (.*)");
  private static final Pattern STAMPED = Pattern.compile("\\[" + APP + "/[^\\]]+] (\\S+) (.*)");
  private static final Pattern MESSAGE =
      Pattern.compile("starting \\S+|GET / 200 \\(request (\\d+)\\)");

  @TempDir Path dir;

  @BeforeAll
  static void stackWithLines() throws InterruptedException {
    CliRun up =
        CliRun.of(
            env(),
            "up",
            "-p",
            STACK,
            "-f",
            StackCommandsTest.FILE,
            "--create-stack",
            "--health-grace",
            "0s");
    assertThat(up.exitCode()).as(up.toString()).isZero();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (CliRun.of(env(), "logs", "-p", STACK, "--tail", "10", APP).out().lines().count() < 10) {
      assertThat(System.nanoTime()).as("10 log lines within 20 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static Map<String, String> env() {
    return EmulatorEnv.of(RANCHER.emulator());
  }

  private CliProcess logs(String... args) throws Exception {
    String[] line = new String[args.length + 4];
    System.arraycopy(new String[] {"logs", "-p", STACK, APP}, 0, line, 0, 4);
    System.arraycopy(args, 0, line, 4, args.length);
    return CliProcess.start(dir, env(), line);
  }

  private static CliProcess.Exit ok(CliProcess process) throws Exception {
    CliProcess.Exit exit = process.await(Duration.ofSeconds(60));
    assertThat(exit.code()).as(exit.toString()).isZero();
    return exit;
  }

  private static List<Matcher> matching(Pattern pattern, String out) {
    List<Matcher> lines = out.lines().map(pattern::matcher).toList();
    lines.forEach(m -> assertThat(m.matches()).as("'%s' matches %s", m, pattern).isTrue());
    return lines;
  }

  @Test
  void tailRawAndTimestampsShapeEachLine() throws Exception {
    CliProcess tail = logs("--tail", "3");
    CliProcess raw = logs("--tail", "4", "--raw");
    CliProcess stamped = logs("--tail", "5", "-t");
    List<Matcher> tailed = matching(PREFIXED, ok(tail).out());
    assertThat(tailed).hasSize(3);
    tailed.forEach(m -> assertThat(MESSAGE.matcher(m.group(1)).matches()).as(m.group()).isTrue());
    List<String> rawLines = ok(raw).out().lines().toList();
    assertThat(rawLines).hasSize(4).allSatisfy(l -> assertThat(l).matches(MESSAGE));
    List<Matcher> withTime = matching(STAMPED, ok(stamped).out());
    assertThat(withTime).hasSize(5);
    for (Matcher m : withTime) {
      assertThat(Instant.parse(m.group(1))).isBefore(Instant.now());
      assertThat(m.group(2)).matches(MESSAGE);
    }
  }

  @Test
  void sinceKeepsOnlyTheLaterLines() throws Exception {
    Instant from = Instant.now();
    Thread.sleep(1000); // about 20 new lines
    CliProcess since = logs("--since", from.toString(), "--tail", "1000", "-t");
    CliProcess sinceDuration = logs("--since", "1h", "--tail", "1000", "-t");
    CliProcess future = logs("--since", Instant.now().plusSeconds(3600).toString());
    List<Matcher> later = matching(STAMPED, ok(since).out());
    assertThat(later).isNotEmpty();
    later.forEach(m -> assertThat(Instant.parse(m.group(1))).isAfterOrEqualTo(from));
    List<Matcher> hour = matching(STAMPED, ok(sinceDuration).out());
    assertThat(hour.size()).isGreaterThan(later.size());
    assertThat(Instant.parse(hour.get(0).group(1))).isBefore(from);
    assertThat(ok(future).out()).isEmpty();
  }

  @Test
  void followForEndsWithExit0AndLosesNoLine() throws Exception {
    CliProcess.Exit exit = ok(logs("-f", "--tail", "1", "--follow-for", "2s"));
    List<Long> numbers =
        matching(PREFIXED, exit.out()).stream()
            .map(m -> MESSAGE.matcher(m.group(1)))
            .filter(m -> m.matches() && m.group(1) != null)
            .map(m -> Long.parseLong(m.group(1)))
            .toList();
    assertThat(numbers).hasSizeGreaterThan(5);
    for (int i = 1; i < numbers.size(); i++) {
      assertThat(numbers.get(i))
          .as("the line after %d", numbers.get(i - 1))
          .isEqualTo(numbers.get(i - 1) + 1);
    }
  }

  @Test
  void followEndsOnSigtermWithExit130() throws Exception {
    CliProcess follow = logs("-f", "--tail", "1");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (follow.out().lines().count() < 3) {
      assertThat(System.nanoTime()).as("3 lines followed within 30 s").isLessThan(deadline);
      Thread.sleep(50);
    }
    follow.signal("TERM");
    CliProcess.Exit exit = follow.await(Duration.ofSeconds(20));
    assertThat(exit.code()).as(exit.toString()).isEqualTo(130);
    assertThat(exit.err()).doesNotContain("\tat ");
  }

  @Test
  void followEndsWithExit0WhenTheStackIsRemoved() throws Exception {
    CliRun up =
        CliRun.of(
            env(),
            "up",
            "-p",
            "leaving",
            "-f",
            StackCommandsTest.FILE,
            "--create-stack",
            "--health-grace",
            "0s");
    assertThat(up.exitCode()).as(up.toString()).isZero();
    CliProcess follow = CliProcess.start(dir, env(), "logs", "-p", "leaving", "-f", "--tail", "1");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (follow.out().lines().count() < 1) {
      assertThat(System.nanoTime()).as("a line followed within 30 s").isLessThan(deadline);
      Thread.sleep(50);
    }

    try (RancherClient client =
        RancherClient.connect(
            RancherEndpoint.builder(RANCHER.emulator().url())
                .apiKey(ApiKey.of(RANCHER.emulator().accessKey(), RANCHER.emulator().secretKey()))
                .build())) {
      client.delete(client.findByName(ResourceType.STACK, "leaving").orElseThrow());
    }

    CliProcess.Exit exit = follow.await(Duration.ofSeconds(20));
    assertThat(exit.code()).as(exit.toString()).isZero();
    assertThat(exit.err()).contains("Stopped following: stack leaving was removed.");
  }
}
