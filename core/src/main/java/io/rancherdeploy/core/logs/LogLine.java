package io.rancherdeploy.core.logs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One line a container wrote, with where it came from. {@code text} has no trailing newline. */
public record LogLine(
    String service, String container, Stream stream, Optional<Instant> timestamp, String text) {
  public enum Stream {
    STDOUT,
    STDERR,
    TTY
  }

  public LogLine {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(text, "text");
  }

  /** {@code [service/container] text}, the prefixed form used in consoles. */
  public String prefixed() {
    return "[" + service + "/" + container + "] " + text;
  }
}
