package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LogBufferTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void keepsOnlyTheLastLinesUpToItsCapacity() {
    LogBuffer buffer = new LogBuffer(3);
    for (int i = 1; i <= 5; i++) {
      buffer.append(T0.plusSeconds(i), LogStream.STDOUT, "line " + i);
    }
    assertThat(buffer.size()).isEqualTo(3);
    assertThat(buffer.tail(Optional.empty(), 0).entries())
        .extracting(LogEntry::text)
        .containsExactly("line 3", "line 4", "line 5");
    assertThat(buffer.tail(Optional.empty(), 0).cursor()).isEqualTo(5);
  }

  @Test
  void tailSelectsBySinceThenTakesTheLastLines() {
    LogBuffer buffer = new LogBuffer(10);
    for (int i = 1; i <= 6; i++) {
      buffer.append(T0.plusSeconds(i), LogStream.STDOUT, "line " + i);
    }
    assertThat(buffer.tail(Optional.of(T0.plusSeconds(3)), 0).entries())
        .extracting(LogEntry::text)
        .containsExactly("line 3", "line 4", "line 5", "line 6");
    assertThat(buffer.tail(Optional.of(T0.plusSeconds(3)), 2).entries())
        .extracting(LogEntry::text)
        .containsExactly("line 5", "line 6");
    assertThat(buffer.tail(Optional.empty(), 100).entries()).hasSize(6);
  }

  @Test
  void afterSkipsLinesDroppedFromTheBufferButKeepsOrder() {
    LogBuffer buffer = new LogBuffer(2);
    for (int i = 1; i <= 4; i++) {
      buffer.append(T0, LogStream.STDOUT, "line " + i);
    }
    assertThat(buffer.after(0)).map(LogEntry::text).contains("line 3");
    assertThat(buffer.after(3)).map(LogEntry::text).contains("line 4");
    assertThat(buffer.after(4)).isEmpty();
  }

  @Test
  void timesNeverGoBackwards() {
    LogBuffer buffer = new LogBuffer(4);
    LogEntry first = buffer.append(T0, LogStream.STDOUT, "a");
    LogEntry second = buffer.append(T0.minusSeconds(5), LogStream.STDOUT, "b");
    assertThat(second.time()).isAfter(first.time());
  }

  @Test
  void wakesListenersOnEachLineAndOnStop() {
    LogBuffer buffer = new LogBuffer(4);
    AtomicInteger wakes = new AtomicInteger();
    Runnable listener = wakes::incrementAndGet;
    buffer.listen(listener);
    buffer.append(T0, LogStream.STDOUT, "a");
    buffer.running(false);
    buffer.unlisten(listener);
    buffer.append(T0, LogStream.STDOUT, "b");
    assertThat(wakes).hasValue(2);
  }

  @Test
  void afterTakesABatchInOrderFromTheOldestLineStillHeld() {
    LogBuffer buffer = new LogBuffer(4);
    for (int i = 1; i <= 6; i++) {
      buffer.add(T0, LogStream.STDOUT, "line " + i);
    }
    java.util.List<LogEntry> batch = new java.util.ArrayList<>();
    assertThat(buffer.after(0, 3, batch)).isEqualTo(3);
    assertThat(batch).extracting(LogEntry::text).containsExactly("line 3", "line 4", "line 5");
    batch.clear();
    assertThat(buffer.after(5, 3, batch)).isEqualTo(1);
    assertThat(batch).extracting(LogEntry::seq).containsExactly(6L);
    batch.clear();
    assertThat(buffer.after(6, 3, batch)).isZero();
    assertThat(batch).isEmpty();
  }
}
