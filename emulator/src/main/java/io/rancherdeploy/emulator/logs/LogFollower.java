package io.rancherdeploy.emulator.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reader behind one log websocket. It sends the tail first, then (with follow) each new line as
 * it is written, one text frame per line as Rancher's agent does. Up to {@link #WINDOW} frames may
 * be handed to the websocket and not yet written: the websocket writes them together, in order, and
 * a reader that does not read stops this follower once the window is full (TCP backpressure), so a
 * slow reader slows only itself and holds no more than the window in memory. Without follow, or
 * once the container has stopped and every line is out, it closes the websocket normally.
 */
public final class LogFollower {

  /** Frames handed to the websocket and not yet written, at most. */
  static final int WINDOW = 512;

  /** Sending goes on once this few frames are left unwritten. */
  private static final int RESUME_AT = WINDOW / 2;

  private final ContainerLog log;
  private final LogOptions options;
  private final LogFollowers registry;

  /**
   * Wake-ups not yet handled; whoever moves it from 0 runs {@link #drain} until it is back to 0.
   */
  private final AtomicInteger pending = new AtomicInteger();

  private final AtomicInteger unwritten = new AtomicInteger();
  private final Deque<LogEntry> tail = new ArrayDeque<>();
  private final List<LogEntry> batch = new ArrayList<>(WINDOW);
  private final Runnable wake = this::signal;
  private final Runnable written = this::written;
  private volatile LogSink sink;
  private long cursor;
  private boolean done;

  LogFollower(ContainerLog log, LogOptions options, LogFollowers registry) {
    this.log = log;
    this.options = options;
    this.registry = registry;
  }

  /** Starts sending to {@code opened}, the websocket just accepted. */
  public void start(LogSink opened) {
    registry.add(this);
    LogBuffer.Tail first = log.buffer.tail(options.since(), options.lines());
    synchronized (this) {
      tail.addAll(first.entries());
      cursor = first.cursor();
    }
    // Only now may a wake-up drain: before, it would read from a cursor not yet set. Lines
    // written since the tail was taken are after the cursor, so the first drain sends them.
    sink = opened;
    if (options.follow()) {
      log.buffer.listen(wake);
    }
    signal();
  }

  /** The websocket closed or failed: stop reading. */
  public void stop() {
    synchronized (this) {
      done = true;
      tail.clear();
    }
    log.buffer.unlisten(wake);
    registry.remove(this);
  }

  /** Closes the websocket because the emulator stops. */
  void closeNow() {
    LogSink current = sink;
    stop();
    if (current != null) {
      current.close();
    }
  }

  private void signal() {
    if (sink != null && pending.getAndIncrement() == 0) {
      try {
        registry.senders().execute(this::drain);
      } catch (RejectedExecutionException emulatorStopped) {
        pending.set(0);
      }
    }
  }

  private void written() {
    if (unwritten.decrementAndGet() == RESUME_AT) {
      signal();
    }
  }

  /** Runs on one sender thread at a time, while owning {@code pending}. */
  private void drain() {
    while (true) {
      int seen = pending.get();
      sendWhatFits();
      if (finish()) {
        sink.close();
        stop();
        return;
      }
      if (pending.addAndGet(-seen) == 0) {
        return;
      }
    }
  }

  private void sendWhatFits() {
    int room;
    while ((room = WINDOW - unwritten.get()) > 0) {
      batch.clear();
      if (!next(room, batch)) {
        return;
      }
      unwritten.addAndGet(batch.size());
      for (LogEntry entry : batch) {
        sink.send(entry.frame(options.timestamps()), written);
      }
    }
  }

  /** Takes the next lines to send, at most {@code max}; false when there are none now. */
  private synchronized boolean next(int max, List<LogEntry> into) {
    if (done) {
      return false;
    }
    while (!tail.isEmpty() && into.size() < max) {
      into.add(tail.poll());
    }
    if (into.isEmpty() && options.follow() && log.buffer.after(cursor, max, into) > 0) {
      long skipped = into.get(0).seq() - cursor - 1;
      if (skipped > 0) {
        registry.skipped(skipped);
      }
      cursor = into.get(into.size() - 1).seq();
    }
    return !into.isEmpty();
  }

  /** Whether the stream just ended (each follower ends once). */
  private synchronized boolean finish() {
    if (done || !tail.isEmpty()) {
      return false;
    }
    done = !options.follow() || (!log.buffer.running() && log.buffer.lastSeq() <= cursor);
    return done;
  }
}
