package io.rancherdeploy.core.compose;

import java.util.Objects;

/**
 * One mistake (or, in {@link ComposeProject#warnings()}, one thing Rancher would silently ignore)
 * found in the compose files, the rancher-compose file or an env file.
 *
 * @param file the file as the caller named it
 * @param line 1-based line, 0 when the problem concerns the whole file or the whole stack
 * @param column 1-based column, 0 when unknown
 * @param path the field path, such as {@code services.web.ports[1]}; empty for the whole file
 * @param message what is wrong, for a person
 * @param expected what would have been accepted; empty when it goes without saying
 * @param fix the likely fix, such as {@code did you mean `environment`?}; empty when there is no
 *     good guess
 */
public record ComposeProblem(
    String file, int line, int column, String path, String message, String expected, String fix) {

  public ComposeProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(fix, "fix");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based or 0 for unknown");
    }
  }

  /** One line for a person: {@code file:line:col: path: message (expected ...); fix}. */
  public String describe() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    text.append(message);
    if (!expected.isEmpty()) {
      text.append(" (expected ").append(expected).append(')');
    }
    if (!fix.isEmpty()) {
      text.append("; ").append(fix);
    }
    return text.toString();
  }
}
