package io.rancherdeploy.emulator.simulation;

import java.time.Duration;

/**
 * Runs simulation steps after a simulated delay. All steps run one at a time, in due order, so the
 * simulation needs no locking of its own beyond the store's.
 */
public interface Scheduler extends AutoCloseable {

  /** Runs {@code step} once {@code delay} of simulated time has passed. */
  void schedule(Duration delay, Runnable step);

  /** Stops running steps; pending ones are dropped. */
  @Override
  void close();
}
