package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CancellableRunTest {
  @Test
  void returnsTheWorksValue() throws Exception {
    assertThat(CancellableRun.run(() -> "done", () -> {}, Duration.ofSeconds(1), () -> {}))
        .isEqualTo(new CancellableRun.Outcome<>("done", false));
  }

  @Test
  void anInterruptCancelsTheWorkAndWaitsForItsCleanup() throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                outcome.set(
                    CancellableRun.run(
                        () -> {
                          started.countDown();
                          // A blocking read that ignores interrupts: it only ends when cancel() is
                          // called.
                          while (!cancelled.await(10, TimeUnit.MILLISECONDS)) {
                            Thread.onSpinWait();
                          }
                          return "rolled back";
                        },
                        cancelled::countDown,
                        Duration.ofSeconds(5),
                        () -> {}));
                outcome.set(new Object[] {outcome.get(), Thread.currentThread().isInterrupted()});
              } catch (Exception e) {
                outcome.set(e);
              }
            });
    caller.start();
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    caller.interrupt();
    caller.join(5_000);

    assertThat(caller.isAlive()).isFalse();
    Object[] result = (Object[]) outcome.get();
    assertThat(result[0]).isEqualTo(new CancellableRun.Outcome<>("rolled back", true));
    assertThat(result[1]).as("the interrupt is kept for the caller").isEqualTo(true);
  }

  @Test
  void cleanupThatOverrunsItsBoundIsReported() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Exception> thrown = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                CancellableRun.run(
                    () -> {
                      started.countDown();
                      new CountDownLatch(1).await(10, TimeUnit.SECONDS);
                      return "late";
                    },
                    () -> {},
                    Duration.ofMillis(200),
                    () -> {});
              } catch (Exception e) {
                thrown.set(e);
              }
            });
    caller.start();
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(5_000);

    assertThat(thrown.get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not end within");
  }

  @Test
  void theWorksExceptionIsRethrownUnwrapped() {
    assertThatThrownBy(
            () ->
                CancellableRun.run(
                    () -> {
                      throw new IllegalArgumentException("bad compose file");
                    },
                    () -> {},
                    Duration.ofSeconds(1),
                    () -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad compose file");
  }
}
