package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #2: "answer every request in one write, with TCP_NODELAY"; the real clients stall 40 ms per
 * request otherwise (Nagle holding the body back until the delayed ACK of the headers).
 *
 * <p>TCP_NODELAY is read from the accepted sockets themselves. One write is checked from a raw
 * socket: on loopback one write of a few KB is one segment, so the first read returns the whole
 * answer. The check cannot fail falsely; a server that wrote headers and body apart would leave the
 * first read with the headers alone whenever the reader wakes between the two writes, which with
 * TCP_NODELAY on is nearly every time.
 */
class OneWriteNoDelayTest {

  private static final Pattern CONTENT_LENGTH =
      Pattern.compile("(?im)^Content-Length:\\s*(\\d+)\\s*$");

  @Test
  void everyAcceptedSocketHasTcpNoDelay() throws Exception {
    try (JettyServer server = new JettyServer("127.0.0.1", 0, answering(100));
        Socket socket = new Socket("127.0.0.1", startedPort(server))) {
      assertThat(exchange(socket, "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1");
      assertThat(server.tcpNoDelayOfOpenConnections()).isNotEmpty().containsOnly(true);
    }
  }

  @Test
  void headersAndBodyArriveInTheFirstReadWhateverTheBodySize() throws Exception {
    for (int size : new int[] {0, 1, 700, 4_000, 12_000}) {
      try (JettyServer server = new JettyServer("127.0.0.1", 0, answering(size));
          Socket socket = new Socket("127.0.0.1", startedPort(server))) {
        for (int i = 0; i < 10; i++) {
          String answer = exchange(socket, "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n");
          assertThat(answer).as("answer %d with a %d-byte body", i, size).endsWith(body(size));
        }
      }
    }
  }

  @Test
  void apiAnswersOfTheEmulatorArriveInOneRead() throws Exception {
    try (RancherEmulator rancher =
            RancherEmulator.builder().port(0).speed(0).seed(1).apiKey("a", "b").start();
        Socket socket = new Socket("127.0.0.1", rancher.port())) {
      String auth = Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8));
      for (String path : new String[] {"/v2-beta", "/v2-beta/hosts", "/v2-beta/settings/x"}) {
        String answer =
            exchange(
                socket,
                "GET "
                    + path
                    + " HTTP/1.1\r\nHost: x\r\nAuthorization: Basic "
                    + auth
                    + "\r\n\r\n");
        assertThat(answer).as(path).contains("X-API-Schemas");
      }
    }
  }

  /** Sends one request and reads once; fails unless that read held the whole answer. */
  private static String exchange(Socket socket, String request) throws IOException {
    socket.setSoTimeout(5_000);
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[65_536];
    int read = in.read(buffer);
    assertThat(read).as("bytes in the first read").isPositive();
    String text = new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
    int headerEnd = text.indexOf("\r\n\r\n");
    assertThat(headerEnd).as("the first read ends the headers: " + text).isPositive();
    Matcher length = CONTENT_LENGTH.matcher(text.substring(0, headerEnd));
    assertThat(length.find()).as("Content-Length in " + text.substring(0, headerEnd)).isTrue();
    assertThat(read - headerEnd - 4)
        .as("body bytes in the first read (headers: %s)", text.substring(0, headerEnd))
        .isEqualTo(Integer.parseInt(length.group(1)));
    return text;
  }

  private static int startedPort(JettyServer server) {
    server.start();
    return server.port();
  }

  private static RequestDispatcher answering(int size) {
    return new RequestDispatcher() {
      @Override
      public ApiResponse handle(ApiRequest request) {
        return new ApiResponse(
            200,
            Map.of("Content-Type", "text/plain", "X-API-Schemas", "http://x/v2-beta/schemas"),
            body(size).getBytes(StandardCharsets.US_ASCII));
      }

      @Override
      public Optional<SocketAccept> upgrade(ApiRequest request) {
        return Optional.empty();
      }
    };
  }

  private static String body(int size) {
    return "x".repeat(size);
  }
}
