package io.rancherdeploy.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or a CI's SIGTERM) during a command: the JVM runs this hook, which asks the engine to
 * cancel and then waits, up to a bound, for the command to finish its cleanup (a rollback by
 * default) and print the result, before the JVM exits (with 130 for SIGINT).
 */
final class Interruption implements AutoCloseable {
  private final Thread hook;
  private final CountDownLatch done = new CountDownLatch(1);

  private Interruption(Runnable cancel, Duration cleanupBound) {
    this.hook = new Thread(() -> {
      cancel.run();
      try {
        done.await(cleanupBound.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "rancher-deploy-interrupt");
  }

  /**
   * Installs the hook; closing the result removes it (or, during shutdown, lets the hook return).
   */
  static Interruption cancelling(Runnable cancel, Duration cleanupBound) {
    Interruption interruption = new Interruption(cancel, cleanupBound);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  @Override
  public void close() {
    done.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running; it returns now that the command is done
    }
  }
}
