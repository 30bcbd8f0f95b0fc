package io.rancherdeploy.emulator.logs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a container's lines from its behaviour. The sequence of streams and texts depends only on
 * the emulator's seed and the container id, so a run is repeatable; times come from the caller. The
 * messages are filled in once (container, image, host) and kept cut at each {@code {n}}, so a line
 * costs one string.
 */
final class LogGenerator {

  /** A generated line before it gets its time and sequence number. */
  record Line(LogStream stream, String text) {}

  private final LogSource source;
  private final SplittableRandom random;
  private final List<Template> stdoutMessages;
  private final List<Template> stderrMessages;
  private long written;

  LogGenerator(long seed, LogSource source) {
    this.source = source;
    this.random = new SplittableRandom(seed ^ stableHash(source.containerId()));
    this.stdoutMessages = templates(source.behaviour().stdoutMessages(), source);
    this.stderrMessages = templates(source.behaviour().stderrMessages(), source);
  }

  List<Line> startup() {
    return source.behaviour().startupLines().stream()
        .map(template -> new Line(stdout(), LogBehaviour.fill(template, source, ++written)))
        .toList();
  }

  Line next() {
    boolean toStderr =
        stdoutMessages.isEmpty()
            || (!stderrMessages.isEmpty()
                && random.nextDouble() < source.behaviour().stderrShare());
    List<Template> messages = toStderr ? stderrMessages : stdoutMessages;
    Template template = messages.get(random.nextInt(messages.size()));
    LogStream stream =
        source.tty() ? LogStream.TTY : toStderr ? LogStream.STDERR : LogStream.STDOUT;
    return new Line(stream, template.render(++written));
  }

  LogStream stdout() {
    return source.tty() ? LogStream.TTY : LogStream.STDOUT;
  }

  LogStream stderr() {
    return source.tty() ? LogStream.TTY : LogStream.STDERR;
  }

  private static List<Template> templates(List<String> messages, LogSource source) {
    return messages.stream().map(message -> Template.of(message, source)).toList();
  }

  /** A message with everything but {@code {n}} filled in, cut where the line number goes. */
  private record Template(String[] parts, int length) {
    static Template of(String message, LogSource source) {
      String filled = LogBehaviour.fill(message.replace("{n}", "\u0000"), source, 0);
      String[] parts = filled.split("\u0000", -1);
      return new Template(parts, filled.length() + 8);
    }

    String render(long n) {
      StringBuilder line = new StringBuilder(length);
      line.append(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        line.append(n).append(parts[i]);
      }
      return line.toString();
    }
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
