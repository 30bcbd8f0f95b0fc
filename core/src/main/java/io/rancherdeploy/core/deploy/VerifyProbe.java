package io.rancherdeploy.core.deploy;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An HTTP probe that runs during the deploy, as users run {@code while sleep 1; do curl ...; done}:
 * it requests {@code url} every {@code interval} and counts the answers that are not {@code
 * expectedStatus}. When more than {@code maxFailures} fail, the deploy fails (and rolls back, by
 * default).
 */
public record VerifyProbe(URI url, int expectedStatus, Duration interval, int maxFailures) {
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
  }

  public static VerifyProbe of(URI url) {
    return new VerifyProbe(url, 200, Duration.ofSeconds(1), 0);
  }
}
