package io.rancherdeploy.core.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Told about every HTTP request the client sends (each attempt, retries included), e.g. to count
 * requests per deploy. Called on the calling thread; must be quick and thread-safe. URLs carry no
 * credentials.
 */
@FunctionalInterface
public interface RequestListener {
  RequestListener NONE = request -> {};

  void onRequest(Request request);

  /**
   * One attempt: {@code status} is the HTTP status, or 0 when no answer came (the connection
   * failed). {@code attempt} counts from 1 for each logical request.
   */
  record Request(String method, String url, int status, int attempt, Duration duration) {
    public Request {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(duration, "duration");
    }
  }
}
