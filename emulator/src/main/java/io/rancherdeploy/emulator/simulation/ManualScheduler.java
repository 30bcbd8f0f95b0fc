package io.rancherdeploy.emulator.simulation;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * A scheduler on a virtual clock for simulation tests without HTTP and without waiting: steps run
 * only when the test calls {@link #advance} or {@link #runUntilIdle}, in due-time order (ties in
 * submission order).
 */
public final class ManualScheduler implements Scheduler {

  private record Pending(long due, long order, Runnable step) {}

  private final PriorityQueue<Pending> queue =
      new PriorityQueue<>(
          (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.order, b.order));
  private long now;
  private long submitted;

  @Override
  public synchronized void schedule(Duration delay, Runnable step) {
    queue.add(new Pending(now + delay.toMillis(), submitted++, step));
  }

  /** Moves the virtual clock forward, running every step that falls due on the way. */
  public void advance(Duration duration) {
    long until;
    synchronized (this) {
      until = now + duration.toMillis();
    }
    while (true) {
      Pending next;
      synchronized (this) {
        if (queue.isEmpty() || queue.peek().due > until) {
          now = until;
          return;
        }
        next = queue.poll();
        now = next.due;
      }
      next.step.run();
    }
  }

  /** Runs steps until none is left, at most {@code maxSteps} (a guard against endless loops). */
  public int runUntilIdle(int maxSteps) {
    int ran = 0;
    while (ran < maxSteps) {
      Pending next;
      synchronized (this) {
        next = queue.poll();
        if (next == null) {
          return ran;
        }
        now = Math.max(now, next.due);
      }
      next.step.run();
      ran++;
    }
    throw new IllegalStateException("the simulation did not settle after " + maxSteps + " steps");
  }

  public synchronized long nowMillis() {
    return now;
  }

  public synchronized int pending() {
    return queue.size();
  }

  @Override
  public synchronized void close() {
    queue.clear();
  }
}
