package io.rancherdeploy.core.logs;

import java.util.Objects;

/**
 * How a log line is printed: {@code [service/container] text} or the raw text
 * (rancher/rancher#9966), with Docker's timestamp in front when asked for.
 */
public record LogFormat(boolean prefixed, boolean timestamps) {
  public static final LogFormat PREFIXED = new LogFormat(true, false);
  public static final LogFormat RAW = new LogFormat(false, false);

  public LogFormat withTimestamps(boolean on) {
    return new LogFormat(prefixed, on);
  }

  public String format(LogLine line) {
    Objects.requireNonNull(line, "line");
    StringBuilder s = new StringBuilder(line.text().length() + 48);
    if (prefixed) {
      s.append('[').append(line.service()).append('/').append(line.container()).append("] ");
    }
    if (timestamps) {
      line.timestamp().ifPresent(t -> s.append(t).append(' '));
    }
    return s.append(line.text()).toString();
  }
}
