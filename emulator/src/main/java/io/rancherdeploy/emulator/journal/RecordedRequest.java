package io.rancherdeploy.emulator.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the emulator received, with the status it answered ({@code 0} = connection dropped,
 * {@code 101} = websocket upgraded). Header names are lower-cased; the Authorization and Cookie
 * headers are never kept.
 */
public record RecordedRequest(
    Instant time,
    String method,
    String path,
    Map<String, List<String>> query,
    String body,
    int status,
    Map<String, String> headers) {

  public RecordedRequest {
    query = Map.copyOf(query);
    headers =
        headers.entrySet().stream()
            .filter(
                e ->
                    !e.getKey().equalsIgnoreCase("authorization")
                        && !e.getKey().equalsIgnoreCase("cookie"))
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, Map.Entry::getValue));
  }

  /** {@code "GET /v2-beta/services"}: handy in assertions. */
  public String line() {
    return method + " " + path;
  }
}
