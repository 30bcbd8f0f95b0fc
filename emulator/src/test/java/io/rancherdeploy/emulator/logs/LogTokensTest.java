package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogTokensTest {

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final LogTokens tokens = new LogTokens(Duration.ofMinutes(5), nanos::get);
  private final LogGrant grant = new LogGrant("1i17", LogOptions.defaults());

  @Test
  void aTokenIsReusableUntilItExpires() {
    String token = tokens.issue(grant);
    assertThat(tokens.redeem(token)).contains(grant);
    nanos.addAndGet(Duration.ofMinutes(4).toNanos());
    assertThat(tokens.redeem(token)).contains(grant);
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    assertThat(tokens.redeem(token)).isEmpty();
  }

  @Test
  void refusesMissingUnknownAndRevokedTokens() {
    String token = tokens.issue(grant);
    assertThat(tokens.redeem(null)).isEmpty();
    assertThat(tokens.redeem("")).isEmpty();
    assertThat(tokens.redeem(token + "x")).isEmpty();
    tokens.revoke("1i17");
    assertThat(tokens.redeem(token)).isEmpty();
  }

  @Test
  void tokensAreDistinctAndUrlSafe() {
    String first = tokens.issue(grant);
    String second = tokens.issue(grant);
    assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{32}");
  }
}
