package io.rancherdeploy.emulator.simulation;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs steps on one daemon thread after {@code delay × speed} of real time: speed 0 runs them as
 * soon as possible (still asynchronously, so clients see the transitioning states), speed 1 is
 * realistic.
 */
public final class RealtimeScheduler implements Scheduler {

  private final double speed;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "rancher-emulator-simulation");
            thread.setDaemon(true);
            return thread;
          });

  public RealtimeScheduler(double speed) {
    if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException(
          "speed is a factor >= 0 on every simulated delay, got " + speed);
    }
    this.speed = speed;
  }

  @Override
  public void schedule(Duration delay, Runnable step) {
    if (executor.isShutdown()) {
      return;
    }
    long micros = Math.round(delay.toNanos() / 1000.0 * speed);
    executor.schedule(() -> runSafely(step), micros, TimeUnit.MICROSECONDS);
  }

  private static void runSafely(Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      // One failed step must not stop the simulation thread; the resource keeps its last state.
      System.err.println("rancher-emulator: simulation step failed: " + e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
