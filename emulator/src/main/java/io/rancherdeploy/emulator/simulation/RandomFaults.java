package io.rancherdeploy.emulator.simulation;

import java.time.Duration;

/**
 * Random wire faults drawn from the emulator's seed, so a failing run repeats: each request
 * independently gets latency, a 503, a 409 or a dropped connection with the given probabilities
 * (0..1); each event on a subscribe websocket drops that socket with {@code dropWebsocket}.
 */
public record RandomFaults(
    double latency,
    Duration latencyDelay,
    double serverError,
    double conflict,
    double dropConnection,
    double dropWebsocket) {

  public RandomFaults {
    for (double p : new double[] {latency, serverError, conflict, dropConnection, dropWebsocket}) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("a fault probability is between 0 and 1, got " + p);
      }
    }
  }

  public static RandomFaults none() {
    return new RandomFaults(0, Duration.ZERO, 0, 0, 0, 0);
  }
}
