package io.rancherdeploy.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500), 0.5);

  @Test
  void backoffDoublesUpToTheCap() {
    assertThat(policy.backoff(1, 0)).isZero();
    assertThat(policy.backoff(2, 0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(3, 0)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(4, 0)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.backoff(5, 0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(60, 0)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void jitterTakesUpToItsShareOff() {
    assertThat(policy.backoff(2, 0.999)).isBetween(Duration.ofMillis(50), Duration.ofMillis(51));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 2))
        .hasMessageContaining("jitter");
  }
}
