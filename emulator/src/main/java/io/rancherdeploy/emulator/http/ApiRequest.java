package io.rancherdeploy.emulator.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the emulator sees it, free of Jetty types.
 *
 * @param method upper-case HTTP method
 * @param path the decoded path, e.g. {@code /v2-beta/projects/1a5/services}
 * @param query query parameters in order, repeated keys kept (e.g. {@code state_ne})
 * @param headers header names lower-cased
 * @param body the raw request body (empty when none)
 * @param origin {@code http://127.0.0.1:PORT} as the client addressed the server
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String body,
    String origin) {

  public ApiRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  public Optional<String> param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public List<String> params(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** The request URL without its query, as an absolute URL. */
  public String url() {
    return origin + path;
  }
}
