package io.rancherdeploy.emulator.logs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The last {@code capacity} lines of one container, numbered from 1, with the listeners (followers)
 * woken on each new line and when the container stops. Older lines are dropped, as Docker's log
 * rotation would; a follower that falls that far behind skips them but still sees lines in order.
 */
final class LogBuffer {

  private final LogEntry[] ring;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private long nextSeq = 1;
  private long firstSeq = 1;
  private Instant lastTime = Instant.EPOCH;
  private boolean running;

  LogBuffer(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a log buffer holds at least one line, got " + capacity);
    }
    this.ring = new LogEntry[capacity];
  }

  /** Appends one line and wakes the listeners. */
  LogEntry append(Instant time, LogStream stream, String text) {
    LogEntry entry = add(time, stream, text);
    announce();
    return entry;
  }

  /**
   * Appends one line without waking anyone, for a writer that adds many and then calls {@link
   * #announce()} once. Times never go backwards within a container (Docker's do not either).
   */
  synchronized LogEntry add(Instant time, LogStream stream, String text) {
    Instant stamped = time.isAfter(lastTime) ? time : lastTime.plusNanos(1);
    LogEntry entry = new LogEntry(nextSeq, stamped, stream, text);
    ring[(int) ((nextSeq - 1) % ring.length)] = entry;
    nextSeq++;
    if (nextSeq - firstSeq > ring.length) {
      firstSeq = nextSeq - ring.length;
    }
    lastTime = stamped;
    return entry;
  }

  /** Wakes the listeners: lines were added. */
  void announce() {
    notifyListeners();
  }

  /**
   * What a reader gets first: the selected lines, and the last line number they were taken from.
   */
  record Tail(List<LogEntry> entries, long cursor) {}

  /** The lines at or after {@code since}, the last {@code lines} of them ({@code <= 0}: all). */
  synchronized Tail tail(Optional<Instant> since, int lines) {
    List<LogEntry> selected = new ArrayList<>();
    for (long seq = firstSeq; seq < nextSeq; seq++) {
      LogEntry entry = at(seq);
      if (since.isEmpty() || !entry.time().isBefore(since.get())) {
        selected.add(entry);
      }
    }
    if (lines > 0 && selected.size() > lines) {
      selected = selected.subList(selected.size() - lines, selected.size());
    }
    return new Tail(List.copyOf(selected), nextSeq - 1);
  }

  /** The first line after {@code seq} still held, if any. */
  synchronized Optional<LogEntry> after(long seq) {
    long wanted = Math.max(seq + 1, firstSeq);
    return wanted < nextSeq ? Optional.of(at(wanted)) : Optional.empty();
  }

  /**
   * Adds to {@code into} the lines after {@code seq} still held, oldest first, at most {@code max};
   * returns how many it added.
   */
  synchronized int after(long seq, int max, List<LogEntry> into) {
    long from = Math.max(seq + 1, firstSeq);
    long to = Math.min(nextSeq, from + max);
    for (long at = from; at < to; at++) {
      into.add(at(at));
    }
    return (int) Math.max(0, to - from);
  }

  synchronized long lastSeq() {
    return nextSeq - 1;
  }

  synchronized int size() {
    return (int) (nextSeq - firstSeq);
  }

  synchronized boolean running() {
    return running;
  }

  void running(boolean nowRunning) {
    synchronized (this) {
      running = nowRunning;
    }
    notifyListeners();
  }

  void listen(Runnable listener) {
    listeners.add(listener);
  }

  void unlisten(Runnable listener) {
    listeners.remove(listener);
  }

  int listenerCount() {
    return listeners.size();
  }

  private LogEntry at(long seq) {
    return ring[(int) ((seq - 1) % ring.length)];
  }

  private void notifyListeners() {
    for (Runnable listener : listeners) {
      listener.run();
    }
  }
}
