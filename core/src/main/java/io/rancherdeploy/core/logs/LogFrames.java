package io.rancherdeploy.core.logs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses Rancher's log websocket frames (rancher-api.md §4.8.3): a two-digit stream code and a
 * space ({@code 01} stdout, {@code 02} stderr, {@code 00} a TTY's mixed stream), then, when
 * timestamps were asked for, Docker's RFC 3339 timestamp and a space, then the line with its
 * newline. Frames of three characters or fewer carry nothing, as rancher-compose reads them; an
 * unknown code reads as stderr, as it does too.
 */
final class LogFrames {
  /** One parsed line, before it is tied to a container. */
  record Parsed(LogLine.Stream stream, Optional<Instant> timestamp, String text) {}

  private LogFrames() {}

  static List<Parsed> parse(String frame, boolean timestamps) {
    if (frame == null || frame.length() <= 3) {
      return List.of();
    }
    LogLine.Stream stream = stream(frame);
    String rest = frame.charAt(2) == ' ' ? frame.substring(3) : frame.substring(2);
    List<Parsed> out = new ArrayList<>(1);
    int start = 0;
    while (start < rest.length()) {
      int newline = rest.indexOf('\n', start);
      int end = newline < 0 ? rest.length() : newline;
      String line =
          rest.substring(start, end > start && rest.charAt(end - 1) == '\r' ? end - 1 : end);
      out.add(
          timestamps ? withTimestamp(stream, line) : new Parsed(stream, Optional.empty(), line));
      start = newline < 0 ? rest.length() : newline + 1;
    }
    return out;
  }

  private static LogLine.Stream stream(String frame) {
    return switch (frame.substring(0, 2)) {
      case "01" -> LogLine.Stream.STDOUT;
      case "00" -> LogLine.Stream.TTY;
      default -> LogLine.Stream.STDERR;
    };
  }

  private static Parsed withTimestamp(LogLine.Stream stream, String line) {
    int space = line.indexOf(' ');
    String token = space < 0 ? line : line.substring(0, space);
    Optional<Instant> instant = timestamp(token);
    if (instant.isEmpty()) {
      return new Parsed(stream, Optional.empty(), line);
    }
    return new Parsed(stream, instant, space < 0 ? "" : line.substring(space + 1));
  }

  static Optional<Instant> timestamp(String token) {
    if (token.length() < 20 || !Character.isDigit(token.charAt(0)) || token.charAt(10) != 'T') {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(token).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
