package io.rancherdeploy.emulator.traces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request of a recorded trace: where it was in the trace ({@code step}, the last marker), what
 * the real client sent, and the status the stand-in gave (its bodies were not recorded).
 */
record RecordedCall(
    int seq,
    String step,
    String method,
    String path,
    Map<String, String> headers,
    Optional<String> body,
    int status) {

  static final ObjectMapper JSON = new ObjectMapper();

  boolean isWebSocket() {
    return "websocket".equalsIgnoreCase(headers.getOrDefault("Upgrade", ""));
  }

  String describe() {
    return "#" + seq + " [" + step + "] " + method + " " + path;
  }

  /** Reads a {@code *.requests.jsonl} test resource; markers only name the steps. */
  static List<RecordedCall> load(String resource) {
    InputStream in = RecordedCall.class.getResourceAsStream("/client-traces/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource client-traces/" + resource);
    }
    List<RecordedCall> calls = new ArrayList<>();
    String step = "start";
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode node = JSON.readTree(line);
        String path = node.get("path").asText();
        if (path.startsWith("/__mark/")) {
          step = path.substring("/__mark/".length());
          continue;
        }
        calls.add(
            new RecordedCall(
                node.get("seq").asInt(),
                step,
                node.get("method").asText(),
                path,
                JSON.convertValue(
                    node.get("headers"),
                    JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class)),
                body(node),
                node.get("status").asInt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read client-traces/" + resource, e);
    }
    return calls;
  }

  /**
   * The body as sent: a recorded JSON null with a Content-Length of 4 was the literal {@code null}.
   */
  private static Optional<String> body(JsonNode node) throws IOException {
    JsonNode body = node.get("body");
    if (body != null && !body.isNull()) {
      return Optional.of(JSON.writeValueAsString(body));
    }
    JsonNode length = node.path("headers").get("Content-Length");
    return length != null && "4".equals(length.asText()) ? Optional.of("null") : Optional.empty();
  }
}
