package io.rancherdeploy.emulator.logs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a container's lines from its behaviour. The sequence of streams and texts depends only on
 * the emulator's seed and the container id, so a run is repeatable; times come from the caller.
 */
final class LogGenerator {

    /** A generated line before it gets its time and sequence number. */
    record Line(LogStream stream, String text) {}

    private final LogSource source;
    private final SplittableRandom random;
    private long written;

    LogGenerator(long seed, LogSource source) {
        this.source = source;
        this.random = new SplittableRandom(seed ^ stableHash(source.containerId()));
    }

    List<Line> startup() {
        return source.behaviour().startupLines().stream()
                .map(template -> new Line(stdout(), LogBehaviour.fill(template, source, ++written)))
                .toList();
    }

    Line next() {
        LogBehaviour behaviour = source.behaviour();
    boolean toStderr =
        behaviour.stdoutMessages().isEmpty()
            || (!behaviour.stderrMessages().isEmpty()
                && random.nextDouble() < behaviour.stderrShare());
        List<String> messages = toStderr ? behaviour.stderrMessages() : behaviour.stdoutMessages();
        String template = messages.get(random.nextInt(messages.size()));
    LogStream stream =
        source.tty() ? LogStream.TTY : toStderr ? LogStream.STDERR : LogStream.STDOUT;
        return new Line(stream, LogBehaviour.fill(template, source, ++written));
    }

    LogStream stdout() {
        return source.tty() ? LogStream.TTY : LogStream.STDOUT;
    }

    LogStream stderr() {
        return source.tty() ? LogStream.TTY : LogStream.STDERR;
    }

    /** FNV-1a: String.hashCode would do, but this one is spelled out and never changes. */
    private static long stableHash(String value) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }
}
