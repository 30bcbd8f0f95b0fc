package io.rancherdeploy.emulator.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * One line a container wrote. {@code seq} orders the lines of one container (1, 2, ...) and lets a
 * follower resume where it stopped; {@code text} has no trailing newline.
 */
public record LogEntry(long seq, Instant time, LogStream stream, String text) {

  public LogEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(text, "text");
    if (text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a log entry holds one line, without a newline: " + text);
    }
  }

  /**
   * The websocket text frame Rancher's agent sends for this line: the stream code, a space, the
   * Docker timestamp and a space when asked for, the line and its {@code \n}.
   */
  public String frame(boolean timestamps) {
    StringBuilder frame = new StringBuilder(text.length() + 45);
    frame.append(stream.code()).append(' ');
    if (timestamps) {
      DockerTime.append(frame, time).append(' ');
    }
    return frame.append(text).append('\n').toString();
  }
}
