package io.rancherdeploy.cli;

import io.rancherdeploy.core.ErrorKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) or a CI's abort (SIGTERM, what Jenkins and most CI send) during a command: the
 * JVM runs the one hook {@link Main} installs, which asks the running operation to cancel, waits up
 * to its bound for the cleanup (a rollback by default) and for the command to print its result, and
 * then ends the process with 130, the documented "interrupted" code, whichever signal it was.
 */
final class Interruption implements AutoCloseable {
  /** After the cleanup, how long the command may take to print its result and error paragraph. */
  private static final Duration LAST_WORDS = Duration.ofSeconds(2);

  private static final List<Interruption> RUNNING = new CopyOnWriteArrayList<>();
  private static final CountDownLatch EXITING = new CountDownLatch(1);

  private final Runnable cancel;
  private final Duration cleanupBound;
  private final CountDownLatch done = new CountDownLatch(1);

  private Interruption(Runnable cancel, Duration cleanupBound) {
    this.cancel = cancel;
    this.cleanupBound = cleanupBound;
  }

  /**
   * Marks an operation that a signal cancels with {@code cancel}, then waits for up to {@code
   * cleanupBound}; closing the result says the operation is over.
   */
  static Interruption cancelling(Runnable cancel, Duration cleanupBound) {
    Interruption interruption = new Interruption(cancel, cleanupBound);
    RUNNING.add(interruption);
    return interruption;
  }

  @Override
  public void close() {
    RUNNING.remove(this);
    done.countDown();
  }

  /** Installs the signal hook; once per process, by {@link Main#main} only (never by tests). */
  static void handleSignals() {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(Interruption::onSignal, "rancher-deploy-interrupt"));
  }

  /** The command has printed everything: the exit that follows is its own, not a signal's. */
  static void exiting() {
    EXITING.countDown();
  }

  private static void onSignal() {
    if (EXITING.getCount() == 0) {
      return;
    }
    List<Interruption> running = List.copyOf(RUNNING);
    running.forEach(interruption -> interruption.cancel.run());
    try {
      for (Interruption interruption : running) {
        interruption.done.await(interruption.cleanupBound.toMillis(), TimeUnit.MILLISECONDS);
      }
      EXITING.await(LAST_WORDS.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(ErrorKind.INTERRUPTED.exitCode());
  }
}
