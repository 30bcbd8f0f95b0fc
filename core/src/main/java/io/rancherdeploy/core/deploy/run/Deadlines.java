package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.Timeouts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The deadlines of one operation: every wait gets the earlier of its phase's timeout and what is
 * left of the overall one. Cleanup (the rollback after a failure) gets its own budget, so that a
 * deploy that ran out of time can still put the stack back.
 */
final class Deadlines {
  private final Clock clock;
  private final Timeouts timeouts;
  private final Instant overallEnd;

  Deadlines(Clock clock, Timeouts timeouts) {
    this.clock = clock;
    this.timeouts = timeouts;
    this.overallEnd = clock.instant().plus(timeouts.overall());
  }

  /**
   * How long a wait of this phase may take from now; zero or less means the overall deadline has
   * passed.
   */
  Duration timeout(Phase phase) {
    Duration left = Duration.between(clock.instant(), overallEnd);
    Duration phaseTimeout = timeouts.of(phase);
    return left.compareTo(phaseTimeout) < 0 ? left : phaseTimeout;
  }

  /** Whether the wait's bound is the overall deadline rather than the phase's own. */
  boolean overallBinds(Phase phase) {
    return Duration.between(clock.instant(), overallEnd).compareTo(timeouts.of(phase)) < 0;
  }

  /** The rollback budget, independent of the overall deadline. */
  Duration cleanup() {
    return timeouts.rollback();
  }

  Duration of(Phase phase) {
    return timeouts.of(phase);
  }

  Instant now() {
    return clock.instant();
  }
}
