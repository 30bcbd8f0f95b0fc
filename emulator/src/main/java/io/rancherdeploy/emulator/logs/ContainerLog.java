package io.rancherdeploy.emulator.logs;

import java.time.Instant;
import java.util.Optional;

/** One container's log: its buffer, and while it runs, the generator that writes its lines. */
final class ContainerLog {

    final LogBuffer buffer;
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
        buffer.running(true);
        for (LogGenerator.Line line : generator.startup()) {
            buffer.append(now, line.stream(), line.text());
        }
    }

    void stop() {
        buffer.running(false);
    }

    /** Writes the lines due after {@code simulatedSeconds} more of running, at most {@code max}. */
    synchronized int advance(double simulatedSeconds, Instant now, int max) {
        if (generator == null || !buffer.running()) {
            return 0;
        }
        due += source.behaviour().linesPerSecond() * simulatedSeconds;
        int count = (int) Math.min(Math.floor(due), max);
        due = Math.min(due - count, 1.0);
        for (int i = 0; i < count; i++) {
            LogGenerator.Line line = generator.next();
            buffer.append(now, line.stream(), line.text());
        }
        return count;
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
