package io.rancherdeploy.emulator.logs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reader behind one log websocket. It sends the tail first, then (with follow) each new line as
 * it is written, one frame per line and one frame in flight at a time, so lines arrive in order and
 * a slow reader slows only itself. Without follow, or once the container has stopped and every line
 * is out, it closes the websocket normally.
 */
public final class LogFollower {

    private static final int SENDING = 0;
    private static final int SENT_AT_ONCE = 1;
    private static final int SENT_LATER = 2;

    private final ContainerLog log;
    private final LogOptions options;
    private final LogFollowers registry;
    /** Wake-ups not yet handled; whoever moves it from 0 sends until it is back to 0. */
    private final AtomicInteger pending = new AtomicInteger();
    private final Deque<LogEntry> tail = new ArrayDeque<>();
    private final Runnable wake = this::signal;
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
        sink = opened;
        registry.add(this);
        if (options.follow()) {
            log.buffer.listen(wake);
        }
        LogBuffer.Tail first = log.buffer.tail(options.since(), options.lines());
        synchronized (this) {
            tail.addAll(first.entries());
            cursor = first.cursor();
        }
        signal();
    }

    /** The websocket closed or failed: stop reading. */
    public void stop() {
        synchronized (this) {
            done = true;
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
            drain();
        }
    }

  /**
   * Runs only while owning {@code pending}, and keeps owning it while a frame is in flight. A send
   * that completes at once continues this loop rather than recursing, so a long tail cannot
   * overflow the stack.
   */
  private void drain() {
        while (true) {
            int seen = pending.get();
            Optional<LogEntry> next = next();
            if (next.isPresent()) {
                if (sendLater(next.get())) {
                    return;
                }
                continue;
            }
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

    /** Sends one frame; true when it completes later, its callback then draining again. */
    private boolean sendLater(LogEntry entry) {
        AtomicInteger state = new AtomicInteger(SENDING);
        sink.send(entry.frame(options.timestamps()), () -> {
            if (!state.compareAndSet(SENDING, SENT_AT_ONCE)) {
                drain();
            }
        });
        return state.compareAndSet(SENDING, SENT_LATER);
    }

    private synchronized Optional<LogEntry> next() {
        if (done) {
            return Optional.empty();
        }
        if (!tail.isEmpty()) {
            return Optional.of(tail.poll());
        }
        if (!options.follow()) {
            return Optional.empty();
        }
        Optional<LogEntry> next = log.buffer.after(cursor);
        next.ifPresent(entry -> cursor = entry.seq());
        return next;
    }

    /** Whether the stream just ended (each follower ends once). */
    private synchronized boolean finish() {
        if (done) {
            return false;
        }
        done = !options.follow() || (!log.buffer.running() && log.buffer.after(cursor).isEmpty());
        return done;
    }
}
