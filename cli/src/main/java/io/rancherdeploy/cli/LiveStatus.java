package io.rancherdeploy.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The live status line's content, from the engine's progress events only: each service's last step
 * and the time waited, e.g. {@code waiting: web upgrading, api active (12s)}. Pure logic; {@link
 * StatusLine} puts it on the terminal.
 */
final class LiveStatus {
  // "[1/2] [web]: Started (2 running) (1.3 s)" -> "started (2 running)"
  private static final Pattern PREFIX = Pattern.compile("^(\\[\\d+/\\d+\\] )?\\[[^\\]]+\\]: ");
  private static final Pattern ELAPSED = Pattern.compile(" \\(\\d+(\\.\\d+)? s\\)$");
  private static final int MAX_STATE = 40;
  private final Map<String, String> states = new LinkedHashMap<>();

  synchronized void update(String service, String message) {
    states.put(service, shortState(message));
  }

  /** The line to show after {@code waited}, or empty before the first service event. */
  synchronized Optional<String> line(Duration waited) {
    if (states.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder("  waiting: ");
    states.forEach((service, state) -> line.append(service).append(' ').append(state).append(", "));
    line.setLength(line.length() - 2);
    return Optional.of(line + " (" + waited.toSeconds() + "s)");
  }

  static String shortState(String message) {
    String state = ELAPSED.matcher(PREFIX.matcher(message).replaceFirst("")).replaceFirst("");
    if (state.length() > MAX_STATE) {
      state = state.substring(0, MAX_STATE - 3) + "...";
    }
    return state.isEmpty() ? state : Character.toLowerCase(state.charAt(0)) + state.substring(1);
  }
}
