package io.rancherdeploy.core.logs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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
 * unknown code reads as stderr, as it does too. A frame holds one line as Rancher sends it, which
 * is read without a list or a date parser (up to 100,000 a second); others take the general path.
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
    int from = frame.charAt(2) == ' ' ? 3 : 2;
    int newline = frame.indexOf('\n', from);
    if (newline < 0 || newline == frame.length() - 1) {
      return List.of(line(stream, frame, from, newline < 0 ? frame.length() : newline, timestamps));
    }
    List<Parsed> out = new ArrayList<>(2);
    int start = from;
    while (start < frame.length()) {
      int end = frame.indexOf('\n', start);
      end = end < 0 ? frame.length() : end;
      out.add(line(stream, frame, start, end, timestamps));
      start = end + 1;
    }
    return out;
  }

  private static LogLine.Stream stream(String frame) {
    if (frame.charAt(0) == '0' && frame.charAt(1) == '1') {
      return LogLine.Stream.STDOUT;
    }
    return frame.charAt(0) == '0' && frame.charAt(1) == '0'
        ? LogLine.Stream.TTY
        : LogLine.Stream.STDERR;
  }

  /** The line between {@code start} and {@code end} (its newline), without a trailing CR. */
  private static Parsed line(
      LogLine.Stream stream, String frame, int start, int end, boolean timestamps) {
    if (end > start && frame.charAt(end - 1) == '\r') {
      end--;
    }
    if (timestamps) {
      int space = frame.indexOf(' ', start);
      int tokenEnd = space < 0 || space > end ? end : space;
      Optional<Instant> instant = timestamp(frame, start, tokenEnd);
      if (instant.isPresent()) {
        String text = tokenEnd >= end ? "" : frame.substring(tokenEnd + 1, end);
        return new Parsed(stream, instant, text);
      }
    }
    return new Parsed(stream, Optional.empty(), frame.substring(start, end));
  }

  static Optional<Instant> timestamp(String token) {
    return timestamp(token, 0, token.length());
  }

  /** Docker's UTC form read by hand; any other RFC 3339 form by {@link OffsetDateTime}. */
  private static Optional<Instant> timestamp(String s, int from, int to) {
    if (to - from < 20 || !Character.isDigit(s.charAt(from)) || s.charAt(from + 10) != 'T') {
      return Optional.empty();
    }
    Instant utc = utc(s, from, to);
    if (utc != null) {
      return Optional.of(utc);
    }
    try {
      return Optional.of(OffsetDateTime.parse(s.substring(from, to)).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for anything else. */
  private static Instant utc(String s, int from, int to) {
    if (s.charAt(to - 1) != 'Z'
        || s.charAt(from + 4) != '-'
        || s.charAt(from + 7) != '-'
        || s.charAt(from + 13) != ':'
        || s.charAt(from + 16) != ':') {
      return null;
    }
    int year = digits(s, from, 4);
    int month = digits(s, from + 5, 2);
    int day = digits(s, from + 8, 2);
    int hour = digits(s, from + 11, 2);
    int minute = digits(s, from + 14, 2);
    int second = digits(s, from + 17, 2);
    int nanos = 0;
    int at = from + 19;
    if (at < to - 1) {
      int fraction = to - 1 - at - 1;
      if (s.charAt(at) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(s, at + 1, fraction);
      for (int i = fraction; i < 9 && nanos >= 0; i++) {
        nanos *= 10;
      }
    }
    if ((year | month | day | hour | minute | second | nanos) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    try {
      long days = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(days * 86_400 + hour * 3600 + minute * 60 + second, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written with {@code count} digits at {@code at}, or -1. */
  private static int digits(String s, int at, int count) {
    int n = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
