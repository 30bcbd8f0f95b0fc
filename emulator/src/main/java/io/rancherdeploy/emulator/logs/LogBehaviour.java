package io.rancherdeploy.emulator.logs;

import java.util.List;
import java.util.Objects;

/**
 * How the containers of one image write their logs: lines per simulated second, the share written
 * to stderr, the lines written at each start, and the messages picked at random afterwards.
 * Messages may hold {@code {n}} (the line number), {@code {container}}, {@code {image}} and {@code
 * {host}}.
 */
public record LogBehaviour(
    double linesPerSecond,
    double stderrShare,
    List<String> startupLines,
    List<String> stdoutMessages,
    List<String> stderrMessages) {

  public LogBehaviour {
    if (!(linesPerSecond >= 0) || Double.isInfinite(linesPerSecond)) {
      throw new IllegalArgumentException(
          "linesPerSecond must be a finite number >= 0, got " + linesPerSecond);
    }
    if (!(stderrShare >= 0 && stderrShare <= 1)) {
      throw new IllegalArgumentException("stderrShare must be between 0 and 1, got " + stderrShare);
    }
    startupLines = List.copyOf(startupLines);
    stdoutMessages = List.copyOf(stdoutMessages);
    stderrMessages = List.copyOf(stderrMessages);
    if (linesPerSecond > 0 && stdoutMessages.isEmpty() && stderrMessages.isEmpty()) {
      throw new IllegalArgumentException(
          "a behaviour that writes lines (linesPerSecond > 0) needs stdout or stderr messages");
    }
  }

  /** A small web service: a start banner, access lines, now and then a warning on stderr. */
  public static LogBehaviour webService() {
    return new LogBehaviour(
        2.0,
        0.1,
        List.of(
            "Starting {image} as {container} on {host}",
            " * Running on http://0.0.0.0:5000/ (Press CTRL+C to quit)"),
        List.of(
            "10.42.0.1 - - \"GET / HTTP/1.1\" 200 - (request {n})",
            "10.42.0.1 - - \"GET /health HTTP/1.1\" 200 - (request {n})"),
        List.of("WARNING: slow response on request {n}"));
  }

  /** Writes nothing by itself; lifecycle messages still appear. */
  public static LogBehaviour silent() {
    return new LogBehaviour(0, 0, List.of(), List.of(), List.of());
  }

  /** The same behaviour at another rate, for benchmarks and tests. */
  public LogBehaviour withRate(double newLinesPerSecond) {
    return new LogBehaviour(
        newLinesPerSecond, stderrShare, startupLines, stdoutMessages, stderrMessages);
  }

  static String fill(String template, LogSource source, long n) {
    Objects.requireNonNull(template, "template");
    return template
        .replace("{n}", Long.toString(n))
        .replace("{container}", source.containerName())
        .replace("{image}", source.image())
        .replace("{host}", source.hostName());
  }
}
