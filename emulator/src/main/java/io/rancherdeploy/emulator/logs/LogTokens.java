package io.rancherdeploy.emulator.logs;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Opaque, unguessable tokens for the log websocket, valid for a while (Cattle's JWTs live about
 * five minutes) and reusable until then, as a JWT is. Validity runs on real time, not the
 * emulator's clock, so a fast simulation does not expire a token before the client dials.
 */
public final class LogTokens {

  public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(5);

  private record Issued(LogGrant grant, long expiresAtNanos) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Issued> issued = new ConcurrentHashMap<>();
  private final Duration validity;
  private final LongSupplier nanoTime;

  public LogTokens() {
    this(DEFAULT_VALIDITY, System::nanoTime);
  }

  LogTokens(Duration validity, LongSupplier nanoTime) {
    this.validity = validity;
    this.nanoTime = nanoTime;
  }

  public String issue(LogGrant grant) {
    long now = nanoTime.getAsLong();
    issued.values().removeIf(old -> now - old.expiresAtNanos() > 0);
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    issued.put(token, new Issued(grant, now + validity.toNanos()));
    return token;
  }

  /** The grant of a valid token; empty for a missing, unknown or expired one. */
  public Optional<LogGrant> redeem(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    Issued found = issued.get(token);
    if (found == null) {
      return Optional.empty();
    }
    if (nanoTime.getAsLong() - found.expiresAtNanos() > 0) {
      issued.remove(token);
      return Optional.empty();
    }
    return Optional.of(found.grant());
  }

  /** Forgets every token of a container, when it is removed. */
  void revoke(String containerId) {
    issued.values().removeIf(old -> old.grant().containerId().equals(containerId));
  }
}
