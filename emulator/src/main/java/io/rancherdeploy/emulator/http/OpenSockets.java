package io.rancherdeploy.emulator.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The websockets open now (events and logs), each described by what it follows, who opened it and
 * when: the JUnit extension fails a test class that leaves some open when the emulator stops.
 */
public final class OpenSockets {

  /** Log tokens kept to name a log socket's container; a long demo issues many, hence a cap. */
  private static final int MAX_TOKENS = 10_000;

  private final Map<Object, String> open = new LinkedHashMap<>();
  private final Map<String, String> logTokens = new ConcurrentHashMap<>();

  /** A {@code logs} action answered {@code token} for {@code container} (id and name). */
  public void logsIssued(String token, String container) {
    if (logTokens.size() >= MAX_TOKENS) {
      logTokens.clear();
    }
    logTokens.put(token, container);
  }

  /** What a websocket asked for: its path, the container of a log token (never the token). */
  String describe(ApiRequest request) {
    String token = request.param("token").orElse("");
    StringBuilder query = new StringBuilder();
    request
        .query()
        .forEach(
            (key, values) -> {
              if (!key.equals("token")) {
                values.forEach(
                    v -> query.append(query.isEmpty() ? "?" : "&").append(key + "=" + v));
              }
            });
    String what =
        token.isEmpty()
            ? "websocket"
            : "logs of container " + logTokens.getOrDefault(token, "(token not issued)") + ",";
    return what + " GET " + request.path() + query + " opened " + Instant.now();
  }

  synchronized void opened(Object socket, String description) {
    open.put(socket, description);
  }

  synchronized void closed(Object socket) {
    open.remove(socket);
  }

  /** One line per open websocket, oldest first. */
  public synchronized List<String> describeOpen() {
    return new ArrayList<>(open.values());
  }
}
