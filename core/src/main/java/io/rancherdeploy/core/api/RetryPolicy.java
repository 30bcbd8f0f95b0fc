package io.rancherdeploy.core.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently the client repeats a request that failed for a reason that may pass:
 * a connection error, a 5xx or a 409 Conflict (Rancher's answer when a process is already running
 * or a row is locked, rancher-api.md §2.4, §8.5).
 *
 * <p>Which requests are repeated: GET, PUT (Rancher's update sets fields, so a repeat sets the same
 * values), DELETE (a repeat of a delete that went through finds the resource removing or removed)
 * and the actions that set rather than change state ({@code setservicelinks}, {@code logs}, {@code
 * exportconfig}) are repeated on every retryable failure. POST create and the process actions
 * ({@code activate}, {@code upgrade}, {@code finishupgrade}, {@code rollback}, ...) are repeated
 * only when the request never reached the server (the connection was refused) or when the server
 * answered 409, which means it did nothing.
 *
 * @param maxAttempts attempts in all, at least 1 (1 = no retry); failover to another server URL
 *     adds one per URL
 * @param initialBackoff the pause before the second attempt, doubled each time
 * @param maxBackoff the longest pause
 * @param jitter the share of each pause drawn at random, 0 to 1, so that parallel retries spread
 *     out
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(3), 0.5);
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);

  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("backoffs must not be negative");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
    }
  }

  /**
   * The pause before attempt {@code attempt} (2 = the first retry), given a random number in [0,
   * 1).
   */
  public Duration backoff(int attempt, double random) {
    if (attempt < 2) {
      return Duration.ZERO;
    }
    long base = initialBackoff.toMillis() << Math.min(attempt - 2, 20);
    long capped = Math.min(base, maxBackoff.toMillis());
    return Duration.ofMillis(Math.round(capped * (1 - jitter * random)));
  }
}
