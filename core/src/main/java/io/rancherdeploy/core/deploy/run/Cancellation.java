package io.rancherdeploy.core.deploy.run;

import java.util.HashSet;
import java.util.Set;

/**
 * The cancel switch of one operation. {@link #cancel()} may come from any thread: it flips the
 * switch and interrupts the threads doing the work, so that a wait in progress ends at once; the
 * cleanup that follows runs on threads that are not interrupted. {@code cancel} and {@code leave}
 * exclude each other, so that a thread that has left is never interrupted afterwards by a cancel
 * that was already walking the workers (that late interrupt once cut a rollback short).
 */
public final class Cancellation {
  private volatile boolean cancelled;
  private volatile String reason = "cancelled";
  private final Set<Thread> workers = new HashSet<>();

  public synchronized void cancel(String why) {
    reason = why;
    cancelled = true;
    workers.forEach(Thread::interrupt);
  }

  public boolean cancelled() {
    return cancelled;
  }

  String reason() {
    return reason;
  }

  /** Registers the calling thread as doing work that a cancel must interrupt. */
  synchronized void enter() {
    workers.add(Thread.currentThread());
    if (cancelled) {
      Thread.currentThread().interrupt();
    }
  }

  synchronized void leave() {
    workers.remove(Thread.currentThread());
  }

  /** Throws when cancelled, so that no new step starts after a cancel. */
  void check(io.rancherdeploy.core.deploy.Phase phase, java.util.Optional<String> service) {
    if (cancelled) {
      throw new StepFailure(
          phase,
          service,
          java.util.Optional.empty(),
          java.util.Optional.empty(),
          "the deploy was " + reason,
          true,
          null);
    }
  }
}
