package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The writer that makes running containers write their own lines. */
class ContainerLogsWriterTest {

  /** A clock that fails a few times, as any step of a wake might. */
  private static final class FailingClock implements InstantSource {
    final AtomicInteger failuresLeft = new AtomicInteger(3);

    @Override
    public Instant instant() {
      if (failuresLeft.get() > 0 && failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("planted failure");
      }
      return Instant.now();
    }
  }

  private static final LogBehaviour FAST =
      new LogBehaviour(200, 0, List.of(), List.of("line {n}"), List.of());

  @Test
  void keepsWritingAfterAWakeFails() throws Exception {
    FailingClock clock = new FailingClock();
    try (ContainerLogs logs = new ContainerLogs(1, clock, 1.0)) {
      clock.failuresLeft.set(0);
      logs.started(new LogSource("1i1", "a-1", "a", "host1", false, FAST));
      clock.failuresLeft.set(3);
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (logs.lines("1i1").size() < 20 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(clock.failuresLeft.get())
          .as("every planted failure was hit")
          .isLessThanOrEqualTo(0);
      assertThat(logs.lines("1i1"))
          .as("lines written after the failures")
          .hasSizeGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void writesTheLinesTheElapsedTimeMakesDueWhateverTheWakes() {
    try (ContainerLogs logs = new ContainerLogs(1, Instant::now, 1.0, 100_000)) {
      LogBehaviour tenPerSecond = new LogBehaviour(10, 0, List.of(), List.of("n{n}"), List.of());
      logs.started(new LogSource("1i2", "b-1", "b", "host1", false, tenPerSecond));
      int before = logs.lines("1i2").size();
      for (int i = 0; i < 20; i++) {
        logs.advance(java.time.Duration.ofMillis(250));
      }
      int written = logs.lines("1i2").size() - before;
      // 5 s at 10 lines/s (2.5 lines per call), plus what the background writer adds meanwhile
      assertThat(written).isGreaterThanOrEqualTo(50);
      List<LogEntry> lines = logs.lines("1i2");
      for (int i = 1; i < lines.size(); i++) {
        assertThat(lines.get(i).seq()).isEqualTo(lines.get(i - 1).seq() + 1);
        assertThat(lines.get(i).text()).isEqualTo("n" + lines.get(i).seq());
      }
    }
  }
}
