package io.rancherdeploy.emulator.simulation;

import java.time.Duration;

/**
 * The faults the emulator can inject, scripted through {@code EmulatorControl.inject}. Wire faults
 * hit the next {@code times} matching requests ({@code times < 0}: every one); resource faults hit
 * the named service (by name, in any stack) the next time it goes through the process.
 */
public sealed interface Fault {

  /** Answer matching requests only after {@code delay} (real time: not scaled by the speed). */
  record Latency(RequestMatch match, Duration delay, int times) implements Fault {}

  /**
   * Answer matching requests with {@code status} (a 5xx, or 409 Conflict) and the Rancher error
   * body.
   */
  record ErrorStatus(RequestMatch match, int status, int times) implements Fault {
    public ErrorStatus {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("an error status is 4xx or 5xx, got " + status);
      }
    }
  }

  /** Close the TCP connection of matching requests without answering. */
  record DropConnection(RequestMatch match, int times) implements Fault {}

  /**
   * The service's next activate/upgrade/finishupgrade/rollback ends in {@code transitioning:
   * error}.
   */
  record TransitioningError(String serviceName, String message) implements Fault {}

  /**
   * The service's next upgrade never leaves {@code upgrading} (until cancelupgrade or rollback).
   */
  record StuckUpgrade(String serviceName) implements Fault {}
}
