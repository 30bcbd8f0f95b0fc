package io.rancherdeploy.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.api.ResourceState;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.logs.LogBehaviour;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Following containers' logs from the emulator over real websockets. */
class LogStreamerTest {
  /**
   * 50 lines per simulated second, 20 times faster at speed 0: about 1,000 lines/s per container.
   */
  private static final LogBehaviour CHATTY =
      new LogBehaviour(
          50,
          0.2,
          List.of("starting {container}"),
          List.of("GET / 200 (request {n})"),
          List.of("slow answer (request {n})"));

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER =
      RancherEmulatorExtension.configure(
          b ->
              b.plugin(
                  new LogsPlugin()
                      .defaultImage(CHATTY)
                      .image(
                          "acme/quiet:1",
                          new LogBehaviour(
                              0, 0, List.of("ready {container}"), List.of(), List.of()))));

  private static final Duration WAIT = Duration.ofSeconds(10);

  /** The emulator's lines carry their per-container line number: "... (request 42)". */
  private static final Pattern NUMBER = Pattern.compile("request (\\d+)");

  private RancherClient client;

  @BeforeEach
  void connect() {
    client =
        RancherClient.connect(
            RancherEndpoint.builder(RANCHER.emulator().url())
                .apiKey(ApiKey.of(RANCHER.emulator().accessKey(), RANCHER.emulator().secretKey()))
                .build());
  }

  @AfterEach
  void close() {
    client.close();
  }

  private Stack stack(String name) {
    return client.create(ResourceType.STACK, Map.of("name", name));
  }

  private Service activeService(Stack stack, String name, int scale) {
    return activeService(stack, name, scale, "docker:smoll/flask-nanoservice:latest");
  }

  private Service activeService(Stack stack, String name, int scale, String image) {
    Service created =
        client.create(
            ResourceType.SERVICE,
            Map.of(
                "name",
                name,
                "stackId",
                stack.id(),
                "scale",
                scale,
                "launchConfig",
                Map.of("imageUuid", image)));
    Service inactive = client.await(created, Condition.state(ResourceState.INACTIVE), WAIT);
    return client.await(
        client.action(inactive, "activate", null), Condition.state(ResourceState.ACTIVE), WAIT);
  }

  private static List<LogLine> collect(LogStreamer logs, Duration during)
      throws InterruptedException {
    List<LogLine> lines = new ArrayList<>();
    long until = System.nanoTime() + during.toNanos();
    while (System.nanoTime() < until && !logs.isFinished()) {
      logs.poll(Duration.ofMillis(20)).ifPresent(lines::add);
    }
    return lines;
  }

  /** Per container: the line numbers in order; each must be one more than the one before. */
  private static void assertNoLossNoRepeatNoReorder(List<LogLine> lines) {
    Map<String, List<Long>> numbers = new HashMap<>();
    for (LogLine line : lines) {
      Matcher m = NUMBER.matcher(line.text());
      if (m.find()) {
        numbers
            .computeIfAbsent(line.container(), c -> new ArrayList<>())
            .add(Long.parseLong(m.group(1)));
      }
    }
    assertThat(numbers).isNotEmpty();
    numbers.forEach(
        (container, seen) -> {
          for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i))
                .as("line after %d in %s", seen.get(i - 1), container)
                .isEqualTo(seen.get(i - 1) + 1);
          }
        });
  }

  @Test
  void readsTheTailOfEachContainerAndEnds() throws Exception {
    Service web = activeService(stack("tail"), "web", 2);
    Thread.sleep(500);
    try (LogStreamer logs =
        LogStreamer.builder(client).services(List.of(web)).follow(false).tail(3).start()) {
      List<LogLine> lines = collect(logs, WAIT);
      assertThat(logs.isFinished()).isTrue();
      Map<String, Long> perContainer =
          lines.stream().collect(Collectors.groupingBy(LogLine::container, Collectors.counting()));
      assertThat(perContainer).hasSize(2);
      assertThat(perContainer.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 3L));
      assertThat(lines)
          .allSatisfy(
              line -> {
                assertThat(line.service()).isEqualTo("web");
                assertThat(line.timestamp()).isPresent();
                assertThat(line.text()).doesNotEndWith("\n");
              });
    }
  }

  @Test
  void followsInOrderAndResumesAfterDroppedSocketsWithoutLossOrRepeat() throws Exception {
    Service web = activeService(stack("resume"), "web", 2);
    try (LogStreamer logs = LogStreamer.builder(client).services(List.of(web)).tail(0).start()) {
      List<LogLine> lines = new ArrayList<>(collect(logs, Duration.ofMillis(800)));
      logs.dropConnections();
      lines.addAll(collect(logs, Duration.ofMillis(400)));
      logs.dropConnections();
      lines.addAll(collect(logs, Duration.ofMillis(1200)));
      assertThat(lines.stream().map(LogLine::container).collect(Collectors.toSet())).hasSize(2);
      assertNoLossNoRepeatNoReorder(lines);
      Map<String, Instant> last = new HashMap<>();
      for (LogLine line : lines) {
        Instant at = line.timestamp().orElseThrow();
        Instant before = last.put(line.container(), at);
        assertThat(before == null || !at.isBefore(before)).isTrue();
      }
    }
  }

  @Test
  void followsMoreContainersThanOkHttpRunsCallsByDefault() throws Exception {
    int scale = 70; // OkHttp's default dispatcher runs 64 calls at once, each socket holds one
    Service quiet = activeService(stack("wide"), "quiet", scale, "docker:acme/quiet:1");
    try (LogStreamer logs =
        LogStreamer.builder(client).services(List.of(quiet)).tail(1).newContainers(false).start()) {
      Set<String> containers = new java.util.HashSet<>();
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (containers.size() < scale && System.nanoTime() < until) {
        logs.poll(Duration.ofMillis(50)).ifPresent(line -> containers.add(line.container()));
      }
      assertThat(containers).as("containers whose line arrived").hasSize(scale);
    }
  }

  @Test
  void aSlowConsumerLosesNothing() throws Exception {
    Service web = activeService(stack("slow"), "web", 1);
    try (LogStreamer logs =
        LogStreamer.builder(client).services(List.of(web)).tail(0).queueCapacity(4).start()) {
      Thread.sleep(1000);
      List<LogLine> lines = collect(logs, Duration.ofMillis(1500));
      assertThat(lines.size()).isGreaterThan(4);
      assertNoLossNoRepeatNoReorder(lines);
    }
  }

  @Test
  void picksUpContainersThatStartWhileStreaming() throws Exception {
    Stack stack = stack("grow");
    Service web = activeService(stack, "web", 1);
    try (LogStreamer logs = LogStreamer.builder(client).stack(stack).tail(5).start()) {
      collect(logs, Duration.ofMillis(300));
      Service scaled = client.update(web, Map.of("scale", 2));
      client.await(scaled, Condition.state(ResourceState.ACTIVE), WAIT);
      Set<String> containers = new java.util.HashSet<>();
      long until = System.nanoTime() + WAIT.toNanos();
      while (containers.size() < 2 && System.nanoTime() < until) {
        logs.poll(Duration.ofMillis(50)).ifPresent(line -> containers.add(line.container()));
      }
      assertThat(containers).hasSize(2);
      assertThat(logs.containers()).hasSize(2);
    }
  }

  @Test
  void stopsAfterTheSetTime() throws Exception {
    Service web = activeService(stack("stop"), "web", 1);
    LogStreamer logs =
        LogStreamer.builder(client)
            .services(List.of(web))
            .stopAfter(Duration.ofMillis(300))
            .start();
    long until = System.nanoTime() + WAIT.toNanos();
    while (!logs.isFinished() && System.nanoTime() < until) {
      Optional<LogLine> ignored = logs.poll(Duration.ofMillis(20));
    }
    assertThat(logs.isFinished()).isTrue();
  }

  /**
   * A close that comes while followers are still asking for their sockets leaves none open: the
   * close races the {@code logs} action of each container, at a different point each round.
   */
  @Test
  void aCloseDuringStartLeavesNoLogSocketOpen() throws Exception {
    Stack stack = stack("racing");
    activeService(stack, "web", 4);
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 40; round++) {
      LogStreamer logs = LogStreamer.builder(client).stack(stack).tail(1).start();
      Thread.sleep(random.nextInt(25));
      logs.close();
    }

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    List<String> open = logSockets();
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      open = logSockets();
    }
    assertThat(open).as("log websockets still open after every streamer closed").isEmpty();
  }

  private static List<String> logSockets() {
    return RANCHER.emulator().openWebSockets().stream()
        .filter(s -> s.startsWith("logs of container"))
        .toList();
  }

  @Test
  void endsWhenTheFollowedStackIsRemoved() throws Exception {
    Stack stack = stack("leaving");
    activeService(stack, "web", 1);
    try (LogStreamer logs = LogStreamer.builder(client).stack(stack).tail(1).start()) {
      assertThat(collect(logs, Duration.ofMillis(300))).isNotEmpty();
      assertThat(logs.endedBecause()).isEmpty();

      client.delete(stack);
      long until = System.nanoTime() + WAIT.toNanos();
      while (!logs.isFinished() && System.nanoTime() < until) {
        Optional<LogLine> ignored = logs.poll(Duration.ofMillis(20));
      }

      assertThat(logs.isFinished()).as("ended within %s", WAIT).isTrue();
      assertThat(logs.endedBecause()).contains("stack leaving was removed");
    }
  }

  @Test
  void endsWhenEveryFollowedServiceIsRemoved() throws Exception {
    Service web = activeService(stack("gone"), "web", 1);
    try (LogStreamer logs = LogStreamer.builder(client).services(List.of(web)).tail(1).start()) {
      client.delete(web);
      long until = System.nanoTime() + WAIT.toNanos();
      while (!logs.isFinished() && System.nanoTime() < until) {
        Optional<LogLine> ignored = logs.poll(Duration.ofMillis(20));
      }

      assertThat(logs.isFinished()).as("ended within %s", WAIT).isTrue();
      assertThat(logs.endedBecause()).contains("the services followed were removed");
    }
  }

  @Test
  void formatsPrefixedOrRaw() {
    LogLine line =
        new LogLine(
            "web",
            "demo-web-1",
            LogLine.Stream.STDOUT,
            Optional.of(Instant.parse("2017-04-27T21:33:51.123Z")),
            "hello");
    assertThat(LogFormat.PREFIXED.format(line)).isEqualTo("[web/demo-web-1] hello");
    assertThat(LogFormat.RAW.format(line)).isEqualTo("hello");
    assertThat(LogFormat.RAW.withTimestamps(true).format(line))
        .isEqualTo("2017-04-27T21:33:51.123Z hello");
  }
}
