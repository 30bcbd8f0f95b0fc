package io.jenkins.plugins.rancherdeploy.run;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs blocking work (HTTP calls, websocket reads: not interruptible) on its own thread, so that
 * the calling thread stays interruptible. When the caller is interrupted (a Jenkins abort), it
 * calls {@code cancel} (the engine closes its connections and rolls back) and waits at most {@code
 * cleanupBound} for the work to end, then re-raises the interrupt.
 */
public final class CancellableRun {
  private CancellableRun() {}

  /**
   * What the work returned, or what it returned after the cancel when the caller was interrupted.
   */
  public record Outcome<T>(T value, boolean interrupted) {}

  public static <T> Outcome<T> run(
      Callable<T> work, Runnable cancel, Duration cleanupBound, Runnable onInterrupt)
      throws Exception {
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "rancher-deploy worker");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<T> future = executor.submit(work);
      try {
        return new Outcome<>(unwrap(future, null), false);
      } catch (InterruptedException e) {
        onInterrupt.run();
        cancel.run();
        try {
          return new Outcome<>(unwrap(future, cleanupBound), true);
        } catch (TimeoutException late) {
          throw new IllegalStateException(
              "the deploy did not end within "
                  + cleanupBound.toSeconds()
                  + "s after the abort; look at the stack in Rancher, it may be mid-upgrade",
              late);
        } finally {
          Thread.currentThread().interrupt();
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static <T> T unwrap(Future<T> future, Duration bound) throws Exception {
    try {
      return bound == null ? future.get() : future.get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw e;
    }
  }
}
