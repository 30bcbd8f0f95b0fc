package io.jenkins.plugins.rancherdeploy.run;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps two deploys to the same server, environment and stack from running at once on this
 * controller. The lock lives on the controller (the deploy itself may run on an agent), keyed by
 * {@code server/environment/stack}; the holder's description is kept so that a waiting or failing
 * build can say who has the stack.
 */
public final class DeployLocks {
  private static final Map<String, Holder> LOCKS = new ConcurrentHashMap<>();

  private DeployLocks() {}

  /** A held lock; close it to release. */
  public interface Lease extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Holder {
    // A semaphore, not a lock: the release may come from another thread than the acquire (abort).
    final Semaphore lock = new Semaphore(1, true);
    volatile String owner = "";
  }

  /**
   * Takes the lock for {@code key}. With {@link BusyPolicy#FAIL} it fails at once when the lock is
   * held; with {@link BusyPolicy#WAIT} it waits at most {@code maxWait}, then fails.
   *
   * @throws IllegalStateException naming the holder, when the lock cannot be had
   */
  public static Lease acquire(
      String key, String owner, BusyPolicy policy, Duration maxWait, Runnable onWait)
      throws InterruptedException {
    Holder holder = LOCKS.computeIfAbsent(key, k -> new Holder());
    if (!holder.lock.tryAcquire()) {
      if (policy == BusyPolicy.FAIL) {
        throw new IllegalStateException(
            "another deploy to "
                + key
                + " is running ("
                + holder.owner
                + "); whenBusy is 'fail'. Set whenBusy: 'wait' to queue behind it.");
      }
      onWait.run();
      if (!holder.lock.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "waited "
                + maxWait.toSeconds()
                + "s for the deploy to "
                + key
                + " by "
                + holder.owner
                + " to end; giving up. Raise 'timeout' or set whenBusy: 'fail'.");
      }
    }
    holder.owner = owner;
    AtomicBoolean released = new AtomicBoolean();
    return () -> {
      if (released.compareAndSet(false, true)) {
        holder.owner = "";
        holder.lock.release();
      }
    };
  }

  /** {@code server/environment/stack}, the unit of mutual exclusion. */
  public static String key(String server, String environment, String stack) {
    return server + "/" + environment + "/" + stack;
  }
}
