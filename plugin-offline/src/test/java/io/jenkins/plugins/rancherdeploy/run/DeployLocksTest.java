package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DeployLocksTest {
  @Test
  void aSecondDeployWithFailPolicyFailsNamingTheHolder() throws Exception {
    String key = DeployLocks.key("prod-server", "Prod", "fail-stack");
    try (DeployLocks.Lease held =
        DeployLocks.acquire(key, "job #1", BusyPolicy.WAIT, Duration.ofSeconds(1), () -> {})) {
      assertThatThrownBy(
              () ->
                  DeployLocks.acquire(
                      key, "job #2", BusyPolicy.FAIL, Duration.ofSeconds(1), () -> {}))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("job #1")
          .hasMessageContaining("whenBusy");
    }
  }

  @Test
  void aSecondDeployWithWaitPolicyRunsOnceTheFirstEnds() throws Exception {
    String key = DeployLocks.key("s", "Staging", "wait-stack");
    DeployLocks.Lease first =
        DeployLocks.acquire(key, "job #1", BusyPolicy.WAIT, Duration.ofSeconds(1), () -> {});
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<DeployLocks.Lease> second =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return DeployLocks.acquire(
                    key, "job #2", BusyPolicy.WAIT, Duration.ofSeconds(10), waiting::countDown);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(second).isNotDone();

    first.close();

    second.get(5, TimeUnit.SECONDS).close();
  }

  @Test
  void waitingHasADeadline() throws Exception {
    String key = DeployLocks.key("s", "Dev", "deadline-stack");
    try (DeployLocks.Lease held =
        DeployLocks.acquire(key, "job #1", BusyPolicy.WAIT, Duration.ofSeconds(1), () -> {})) {
      assertThatThrownBy(
              () ->
                  DeployLocks.acquire(
                      key, "job #2", BusyPolicy.WAIT, Duration.ofMillis(100), () -> {}))
          .hasMessageContaining("giving up");
    }
  }

  @Test
  void otherStacksAreNotBlockedAndAReleaseTwiceIsHarmless() throws Exception {
    DeployLocks.Lease a =
        DeployLocks.acquire(
            DeployLocks.key("s", "Dev", "a"), "1", BusyPolicy.FAIL, Duration.ZERO, () -> {});
    DeployLocks.Lease b =
        DeployLocks.acquire(
            DeployLocks.key("s", "Dev", "b"), "2", BusyPolicy.FAIL, Duration.ZERO, () -> {});
    a.close();
    a.close();
    b.close();
    AtomicBoolean waited = new AtomicBoolean();
    DeployLocks.acquire(
            DeployLocks.key("s", "Dev", "a"),
            "3",
            BusyPolicy.FAIL,
            Duration.ZERO,
            () -> waited.set(true))
        .close();
    DeployLocks.Lease again =
        DeployLocks.acquire(
            DeployLocks.key("s", "Dev", "a"), "4", BusyPolicy.FAIL, Duration.ZERO, () -> {});
    assertThatThrownBy(
            () ->
                DeployLocks.acquire(
                    DeployLocks.key("s", "Dev", "a"),
                    "5",
                    BusyPolicy.FAIL,
                    Duration.ZERO,
                    () -> {}))
        .as("one release after a double close must not let two holders in")
        .isInstanceOf(IllegalStateException.class);
    again.close();
    assertThat(waited).isFalse();
  }
}
