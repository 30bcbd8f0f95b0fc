package io.rancherdeploy.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP answer: written in a single write by the server. */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {

  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  /**
   * A status that tells the edge to cut the connection instead of answering (the dropped-connection
   * fault).
   */
  public static final int DROP_CONNECTION = 0;

  public static ApiResponse dropConnection() {
    return new ApiResponse(DROP_CONNECTION, Map.of(), new byte[0]);
  }

  public static ApiResponse json(int status, String json) {
    return new ApiResponse(
        status,
        Map.of("Content-Type", "application/json; charset=utf-8"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  public ApiResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, copy, body);
  }
}
