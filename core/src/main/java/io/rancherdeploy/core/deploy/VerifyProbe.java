package io.rancherdeploy.core.deploy;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An HTTP probe that runs during the deploy, as users run {@code while sleep 1; do curl ...; done}:
 * it requests {@code url} every {@code interval} and counts the answers that are not {@code
 * expectedStatus}. When more than {@code maxFailures} fail, the deploy fails (and rolls back, by
 * default). The upgrades finish only after at least {@code minRequests} requests were answered
 * (waiting for them within the verify deadline) and at least one of them succeeded: an upgrade
 * quicker than the first probe is not verified.
 */
public record VerifyProbe(
    URI url, int expectedStatus, Duration interval, int maxFailures, int minRequests) {
  /** Requests a probe needs before the deploy may finish, unless told otherwise. */
  public static final int DEFAULT_MIN_REQUESTS = 3;

  public VerifyProbe {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
    if (expectedStatus < 100 || expectedStatus > 599) {
      throw new IllegalArgumentException(
          "expectedStatus must be an HTTP status, got " + expectedStatus);
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive");
    }
    if (maxFailures < 0) {
      throw new IllegalArgumentException("maxFailures must be >= 0");
    }
    if (minRequests < 1) {
      throw new IllegalArgumentException("minRequests must be >= 1, got " + minRequests);
    }
  }

  public VerifyProbe(URI url, int expectedStatus, Duration interval, int maxFailures) {
    this(url, expectedStatus, interval, maxFailures, DEFAULT_MIN_REQUESTS);
  }

  public static VerifyProbe of(URI url) {
    return new VerifyProbe(url, 200, Duration.ofSeconds(1), 0);
  }
}
