package io.rancherdeploy.emulator.simulation;

import java.time.Duration;

/**
 * The simulated durations of the server's own steps (images' delays live in {@link
 * ImageBehaviour}).
 */
record Timings(
    Duration register,
    Duration stackActivate,
    Duration create,
    Duration stop,
    Duration remove,
    Duration linkActivate) {

  static Timings realistic() {
    return new Timings(
        Duration.ofMillis(400),
        Duration.ofMillis(300),
        Duration.ofMillis(300),
        Duration.ofMillis(500),
        Duration.ofMillis(300),
        Duration.ofMillis(100));
  }
}
