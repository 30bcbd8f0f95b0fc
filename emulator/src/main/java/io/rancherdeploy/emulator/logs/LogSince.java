package io.rancherdeploy.emulator.logs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker's {@code since}: an RFC 3339 time, Unix seconds (with an optional fraction), or a Go
 * duration ({@code 90s}, {@code 10m}, {@code 1h30m}) counted back from now. Empty means no limit.
 */
final class LogSince {

  private static final Pattern UNIX = Pattern.compile("\\d+(\\.\\d{1,9})?");
  private static final Pattern DURATION =
      Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+");
  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private LogSince() {}

  static Optional<Instant> parse(String text, Instant now) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (UNIX.matcher(value).matches()) {
      BigDecimal seconds = new BigDecimal(value);
      long whole = seconds.longValue();
      long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
      return Optional.of(Instant.ofEpochSecond(whole, nanos));
    }
    if (DURATION.matcher(value).matches()) {
      return Optional.of(now.minus(duration(value)));
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      throw new LogInputException(
          "since",
          "since must be an RFC 3339 time "
              + "(2017-04-27T21:33:51Z), Unix seconds (1493328831) or a duration (10m), got \""
              + text
              + "\"");
    }
  }

  private static Duration duration(String value) {
    Duration total = Duration.ZERO;
    Matcher part = DURATION_PART.matcher(value);
    while (part.find()) {
      BigDecimal amount = new BigDecimal(part.group(1));
      long nanosPerUnit =
          switch (part.group(2)) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      total = total.plusNanos(amount.multiply(BigDecimal.valueOf(nanosPerUnit)).longValue());
    }
    return total;
  }
}
