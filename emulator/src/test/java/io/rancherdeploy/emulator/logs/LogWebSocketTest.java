package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The log websocket over real sockets: tokens, tail, timestamps, follow and several readers. */
class LogWebSocketTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static LogServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new LogServer(1.0, 50_000);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static LogSource silent(String id) {
    return new LogSource(
        id, "demo-web-" + id, "nginx:1.13", "host-1", false, LogBehaviour.silent());
  }

  private static HostAccess logs(String id, String input) throws Exception {
    return server.logs.logsAction(id, JSON.readTree(input), server.base());
  }

  @Test
  void refusesTheHandshakeWithoutAValidToken() throws Exception {
    LogClient missing = new LogClient("ws://127.0.0.1:" + server.base().getPort() + "/v1/logs/");
    assertThat(missing.awaitEnd()).isEqualTo(-1);
    assertThat(missing.handshakeStatus()).isEqualTo(401);
    LogClient wrong =
        new LogClient("ws://127.0.0.1:" + server.base().getPort() + "/v1/logs/?token=forged");
    wrong.awaitEnd();
    assertThat(wrong.handshakeStatus()).isEqualTo(401);
  }

  @Test
  void answersTheLogsActionWithAHostAccessOnV1Logs() throws Exception {
    server.logs.started(silent("1i90"));
    HostAccess access = logs("1i90", "null");
    assertThat(access.url()).isEqualTo("ws://127.0.0.1:" + server.base().getPort() + "/v1/logs/");
    assertThat(access.toResource())
        .containsEntry("type", "hostAccess")
        .containsEntry("id", null)
        .containsKeys("links", "actions", "url", "token");
  }

  @Test
  void withoutFollowSendsTheLastLinesAndCloses() throws Exception {
    server.logs.started(silent("1i91"));
    IntStream.rangeClosed(1, 8)
        .forEach(
            i ->
                server.logs.write(
                    "1i91", i % 3 == 0 ? LogStream.STDERR : LogStream.STDOUT, "line " + i));
    LogClient client =
        LogClient.dial(logs("1i91", "{\"follow\":false,\"lines\":3,\"timestamps\":false}"));
    assertThat(client.next(3)).containsExactly("02 line 6\n", "01 line 7\n", "01 line 8\n");
    assertThat(client.awaitEnd()).isEqualTo(1000);
    assertThat(client.frames).isEmpty();
  }

  @Test
  void timestampsComeBetweenTheCodeAndTheLine() throws Exception {
    server.logs.started(silent("1i92"));
    server.logs.write("1i92", LogStream.STDOUT, "hello");
    LogClient client = LogClient.dial(logs("1i92", "{\"follow\":false,\"timestamps\":true}"));
    assertThat(client.next())
        .matches("01 \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z hello\n");
    assertThat(client.awaitEnd()).isEqualTo(1000);
  }

  @Test
  void sinceLeavesOutOlderLines() throws Exception {
    server.logs.started(silent("1i93"));
    server.logs.write("1i93", LogStream.STDOUT, "old");
    Thread.sleep(20);
    String cut = java.time.Instant.now().toString();
    Thread.sleep(20);
    server.logs.write("1i93", LogStream.STDOUT, "new");
    LogClient client =
        LogClient.dial(
            logs("1i93", "{\"follow\":false,\"timestamps\":false,\"since\":\"" + cut + "\"}"));
    assertThat(client.next()).isEqualTo("01 new\n");
    assertThat(client.awaitEnd()).isEqualTo(1000);
    assertThat(client.frames).isEmpty();
  }

  @Test
  void followingReadersGetEveryNewLineInOrderUntilTheContainerStops() throws Exception {
    server.logs.started(silent("1i94"));
    server.logs.write("1i94", LogStream.STDOUT, "before");
    List<LogClient> readers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      readers.add(
          LogClient.dial(logs("1i94", "{\"follow\":true,\"lines\":1,\"timestamps\":false}")));
    }
    for (LogClient reader : readers) {
      assertThat(reader.next()).isEqualTo("01 before\n");
    }
    IntStream.rangeClosed(1, 300)
        .forEach(i -> server.logs.write("1i94", LogStream.STDOUT, "n" + i));
    server.logs.stopped("1i94", java.util.Optional.empty());
    List<String> expected = IntStream.rangeClosed(1, 300).mapToObj(i -> "01 n" + i + "\n").toList();
    for (LogClient reader : readers) {
      assertThat(reader.next(300)).containsExactlyElementsOf(expected);
      assertThat(reader.awaitEnd()).isEqualTo(1000);
    }
  }

  @Test
  void aRunningContainerWritesItsOwnLinesWhileFollowed() throws Exception {
    LogBehaviour chatty = LogBehaviour.webService().withRate(50);
    server.logs.started(new LogSource("1i95", "demo-web-1", "web", "host-3", false, chatty));
    LogClient client = LogClient.dial(logs("1i95", "{\"follow\":true,\"timestamps\":false}"));
    List<String> frames = client.next(6);
    assertThat(frames.get(0)).isEqualTo("01 Starting web as demo-web-1 on host-3\n");
    assertThat(frames).allMatch(frame -> frame.matches("0[12] .*\n"));
    assertThat(frames.subList(2, 6)).allMatch(frame -> frame.contains("request"));
    client.close();
    assertThat(client.awaitEnd()).isEqualTo(1000);
  }

  @Test
  void aReaderThatLeavesIsForgotten() throws Exception {
    server.logs.started(silent("1i96"));
    LogClient client = LogClient.dial(logs("1i96", "{\"follow\":true}"));
    server.logs.write("1i96", LogStream.STDOUT, "x");
    client.next();
    client.close();
    client.awaitEnd();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.logs.openWebSockets() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.logs.openWebSockets()).isZero();
  }

  @Test
  void manyMoreLinesThanTheSendWindowArriveWholeAndInOrder() throws Exception {
    server.logs.started(silent("1i97"));
    LogClient client =
        LogClient.dial(logs("1i97", "{\"follow\":true,\"lines\":0,\"timestamps\":true}"));
    int lines = LogFollower.WINDOW * 40;
    for (int i = 1; i <= lines; i++) {
      server.logs.write("1i97", i % 7 == 0 ? LogStream.STDERR : LogStream.STDOUT, "line " + i);
    }
    server.logs.stopped("1i97", java.util.Optional.empty());
    List<String> frames = client.next(lines);
    for (int i = 1; i <= lines; i++) {
      assertThat(frames.get(i - 1))
          .matches(
              (i % 7 == 0 ? "02 " : "01 ")
                  + "\\d{4}-\\d\\d-\\d\\dT[0-9:]{8}\\.\\d{9}Z line "
                  + i
                  + "\n");
    }
    assertThat(client.awaitEnd()).isEqualTo(1000);
    assertThat(client.frames).isEmpty();
    assertThat(client.extensions).as("no permessage-deflate").isEmpty();
  }
}
