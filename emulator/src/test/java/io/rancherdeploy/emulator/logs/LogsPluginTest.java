package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.http.Api;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Container logs through the whole emulator: its API, its simulation and its websocket routes. */
class LogsPluginTest {

  private static final String P = "/v2-beta/projects/1a5";
  private static final LogsPlugin LOGS =
      new LogsPlugin()
          .image(
              "acme/chatty:1",
              new LogBehaviour(
                  5, 0, List.of("chatty {container} up on {host}"), List.of("tick {n}"), List.of()))
          .bufferLines(50_000);
  private static RancherEmulator rancher;
  private static Api api;
  private static String serviceId;
  private static String containerId;

  @BeforeAll
  static void deploy() {
    rancher = RancherEmulator.builder().port(0).speed(0).seed(7).hosts(2).plugin(LOGS).start();
    api = new Api(rancher);
    String stackId = api.post(P + "/stacks", "{\"name\":\"logs\"}").body().get("id").asText();
    serviceId =
        api.post(
                P + "/services",
                "{\"name\":\"chat\",\"stackId\":\""
                    + stackId
                    + "\",\"scale\":1,\"launchConfig\":{\"imageUuid\":\"docker:acme/chatty:1\"}}")
            .body()
            .get("id")
            .asText();
    rancher.control().awaitState(serviceId, "inactive", Duration.ofSeconds(10));
    api.post(P + "/services/" + serviceId + "/?action=activate", "");
    rancher.control().awaitState(serviceId, "active", Duration.ofSeconds(10));
    List<ObjectNode> containers = rancher.control().containers(serviceId);
    assertThat(containers).hasSize(1);
    containerId = containers.get(0).get("id").asText();
  }

  @AfterAll
  static void stop() {
    rancher.close();
  }

  @Test
  void theLogsActionAnswersAHostAccessWithTheEmulatorsAddress() {
    Api.Answer answer = api.post(P + "/containers/" + containerId + "/?action=logs", "null");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.schemas()).isNotBlank();
    assertThat(answer.body().get("type").asText()).isEqualTo("hostAccess");
    assertThat(answer.body().get("url").asText())
        .isEqualTo("ws://127.0.0.1:" + rancher.port() + "/v1/logs/");
    assertThat(answer.body().get("token").asText()).isNotBlank();
  }

  @Test
  void aBadInputGets422NamingTheField() {
    Api.Answer answer =
        api.post(P + "/containers/" + containerId + "/?action=logs", "{\"lines\":\"all\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().get("fieldName").asText()).isEqualTo("lines");
  }

  @Test
  void rancherComposesNullInputFollowsTheLast100LinesWithTimestamps() throws Exception {
    LogClient client = dial("null");
    List<String> frames = client.next(103);
    assertThat(frames)
        .allMatch(
            frame ->
                frame.matches(
                    "01 \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z (tick \\d+|chatty"
                        + " .*)\n"));
    assertThat(frames.subList(95, 103))
        .as("the tail goes on with the lines written since")
        .allMatch(frame -> frame.contains(" tick "));
    client.close();
    assertThat(client.awaitEnd()).isEqualTo(1000);
  }

  @Test
  void everyLineFromTheStartBannerWithLinesZero() throws Exception {
    LogClient client = dial("{\"lines\":0,\"timestamps\":false}");
    String container = rancher.control().resource(containerId).orElseThrow().get("name").asText();
    assertThat(client.next()).isEqualTo("01 chatty " + container + " up on host1\n");
    assertThat(client.next()).isEqualTo("01 tick 2\n");
    client.close();
    assertThat(client.awaitEnd()).isEqualTo(1000);
  }

  @Test
  void theCliTailWithoutFollowEndsAfterTheLastLines() throws Exception {
    LogClient client = dial("{\"follow\":false,\"lines\":2,\"timestamps\":false,\"since\":\"\"}");
    assertThat(client.next(2)).allMatch(frame -> frame.matches("01 (tick \\d+|chatty .*)\n"));
    assertThat(client.awaitEnd()).isEqualTo(1000);
    assertThat(client.frames).isEmpty();
  }

  @Test
  void aForgedTokenGets401() throws Exception {
    LogClient client = new LogClient("ws://127.0.0.1:" + rancher.port() + "/v1/logs/?token=forged");
    assertThat(client.awaitEnd()).isEqualTo(-1);
    assertThat(client.handshakeStatus()).isEqualTo(401);
  }

  @Test
  void aStartOnceContainerThatExitsNonZeroSaysSoOnStderrAndEndsItsFollowers() throws Exception {
    rancher
        .control()
        .image("acme/job:1", ImageBehaviour.defaults().exitingWith(3, Duration.ofSeconds(1)));
    String stackId = api.post(P + "/stacks", "{\"name\":\"jobs\"}").body().get("id").asText();
    String job =
        api.post(
                P + "/services",
                "{\"name\":\"job\",\"stackId\":\""
                    + stackId
                    + "\",\"scale\":1,"
                    + "\"launchConfig\":{\"imageUuid\":\"docker:acme/job:1\","
                    + "\"labels\":{\"io.rancher.container.start_once\":\"true\"}}}")
            .body()
            .get("id")
            .asText();
    rancher.control().awaitState(job, "inactive", Duration.ofSeconds(10));
    api.post(P + "/services/" + job + "/?action=activate", "");
    String id =
        rancher
            .control()
            .await(
                job,
                "with a container",
                s -> s.path("instanceIds").size() > 0,
                Duration.ofSeconds(10))
            .path("instanceIds")
            .get(0)
            .asText();
    rancher
        .control()
        .await(
            id, "stopped", c -> c.path("state").asText().equals("stopped"), Duration.ofSeconds(10));
    // The state is published just before the lifecycle listeners run, so the exit line may trail it
    // briefly.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (LOGS.logs().lines(id).stream().noneMatch(line -> line.text().startsWith("fatal:"))
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(LOGS.logs().lines(id))
        .as("the exit line is the container's last line")
        .last()
        .satisfies(line -> assertThat(line.stream()).isEqualTo(LogStream.STDERR))
        .satisfies(
            line -> assertThat(line.text()).isEqualTo("fatal: the process exited with code 3"));
    Api.Answer access =
        api.post(P + "/containers/" + id + "/?action=logs", "{\"timestamps\":false}");
    LogClient client =
        new LogClient(
            access.body().get("url").asText() + "?token=" + access.body().get("token").asText());
    assertThat(client.awaitEnd())
        .as("a stopped container's follower gets the tail and the end")
        .isEqualTo(1000);
    assertThat(client.frames).last().isEqualTo("02 fatal: the process exited with code 3\n");
  }

  private static LogClient dial(String input) {
    Api.Answer answer = api.post(P + "/containers/" + containerId + "/?action=logs", input);
    return new LogClient(
        answer.body().get("url").asText() + "?token=" + answer.body().get("token").asText());
  }

  @Test
  void thousandsOfLinesWrittenAtOnceArriveThroughTheEmulatorsRoutesInOrder() throws Exception {
    LogClient client = dial("{\"lines\":1,\"timestamps\":false}");
    client.next();
    int lines = LogFollower.WINDOW * 10;
    for (int i = 1; i <= lines; i++) {
      LOGS.logs().write(containerId, LogStream.STDERR, "burst " + i);
    }
    List<String> bursts = new java.util.ArrayList<>();
    long lastTick = 0;
    while (bursts.size() < lines) {
      String frame = client.next();
      assertThat(frame).matches("0[12] (tick \\d+|burst \\d+)\n");
      if (frame.startsWith("02 burst ")) {
        bursts.add(frame);
      } else {
        long tick = Long.parseLong(frame.substring("01 tick ".length(), frame.length() - 1));
        assertThat(tick).as("the container's own lines stay in order").isGreaterThan(lastTick);
        lastTick = tick;
      }
    }
    assertThat(bursts)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, lines)
                .mapToObj(i -> "02 burst " + i + "\n")
                .toList());
    client.close();
    assertThat(client.awaitEnd()).isEqualTo(1000);
  }

  @Test
  void theLogSocketNegotiatesNoCompressionAsRanchersDoesNot() throws Exception {
    LogClient client = dial("{\"lines\":1,\"timestamps\":false}");
    client.next();
    assertThat(client.extensions).as("OkHttp offers permessage-deflate").isEmpty();
    client.close();
    assertThat(client.awaitEnd()).isEqualTo(1000);
  }
}
