package io.rancherdeploy.emulator.logs;

import java.time.Instant;
import java.util.Optional;

/** One container's log: its buffer, and while it runs, the generator that writes its lines. */
final class ContainerLog {

  final LogBuffer buffer;

  private boolean
      halted; // guarded by this: set once the container stopped, so the pump writes no more
  private final long seed;
  private LogGenerator generator;
  private LogSource source;
  private double due;

  ContainerLog(long seed, int capacity) {
    this.seed = seed;
    this.buffer = new LogBuffer(capacity);
  }

  /** Marks the container running and writes its start banner; a restart keeps the old lines. */
  synchronized void start(LogSource newSource, Instant now) {
    if (generator == null || !newSource.equals(source)) {
      generator = new LogGenerator(seed, newSource);
      source = newSource;
    }
    due = 0;
    halted = false;
    buffer.running(true);
    for (LogGenerator.Line line : generator.startup()) {
      buffer.append(now, line.stream(), line.text());
    }
  }

  /**
   * Stops the container's own lines. {@code lastWords} (an exit code, a crash) are written as its
   * final stderr lines under the same lock as the pump, so no generated line can follow them.
   */
  void stop(Instant now, Optional<String> lastWords) {
    synchronized (this) {
      halted = true;
      lastWords.ifPresent(text -> write(now, LogStream.STDERR, text));
    }
    buffer.running(false);
  }

  /** Writes the lines due after {@code simulatedSeconds} more of running, at most {@code max}. */
  synchronized int advance(double simulatedSeconds, Instant now, int max) {
    if (generator == null || halted || !buffer.running()) {
      return 0;
    }
    due += source.behaviour().linesPerSecond() * simulatedSeconds;
    int count = (int) Math.min(Math.floor(due), max);
    due = Math.min(due - count, 1.0);
    for (int i = 0; i < count; i++) {
      LogGenerator.Line line = generator.next();
      buffer.add(now, line.stream(), line.text());
    }
    if (count > 0) {
      buffer.announce();
    }
    return count;
  }

  /** A line the container writes about itself (a crash, a stop); several lines are split. */
  synchronized void write(Instant now, LogStream stream, String text) {
    LogStream resolved = resolve(stream);
    for (String line : text.split("\r?\n", -1)) {
      buffer.append(now, resolved, line);
    }
  }

  /** The stream a lifecycle message goes to: {@code 00} for a TTY container. */
  synchronized LogStream resolve(LogStream wanted) {
    if (generator == null || wanted == LogStream.TTY) {
      return wanted;
    }
    return wanted == LogStream.STDOUT ? generator.stdout() : generator.stderr();
  }

  synchronized Optional<LogSource> source() {
    return Optional.ofNullable(source);
  }
}
