package io.rancherdeploy.core.deploy;

import java.time.Duration;
import java.util.Objects;

/**
 * One deadline per phase and one overall. Every wait in the engine ends at the earlier of its
 * phase's deadline and the overall one.
 */
public record Timeouts(
    Duration pull,
    Duration remove,
    Duration create,
    Duration upgrade,
    Duration health,
    Duration finish,
    Duration rollback,
    Duration overall) {

  public static final Timeouts DEFAULTS =
      new Timeouts(
          Duration.ofMinutes(10),
          Duration.ofMinutes(3),
          Duration.ofMinutes(3),
          Duration.ofMinutes(10),
          Duration.ofMinutes(5),
          Duration.ofMinutes(3),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30));

  public Timeouts {
    for (Duration d :
        new Duration[] {pull, remove, create, upgrade, health, finish, rollback, overall}) {
      Objects.requireNonNull(d, "timeout");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive, got " + d);
      }
    }
  }

  public Duration of(Phase phase) {
    return switch (phase) {
      case PULL -> pull;
      case REMOVE -> remove;
      case CREATE, ACTIVATE, SCALE -> create;
      case UPGRADE, VERIFY, RESTART -> upgrade;
      case HEALTH -> health;
      case FINISH -> finish;
      case ROLLBACK -> rollback;
      case VALIDATE -> overall;
    };
  }

  public Timeouts withOverall(Duration overall) {
    return new Timeouts(pull, remove, create, upgrade, health, finish, rollback, overall);
  }
}
