package io.rancherdeploy.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command may touch of the outside world: its two output streams, the environment variables
 * (passed in, so tests never depend on the real process environment) and whether a person watches a
 * terminal.
 */
public record CliContext(
    PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
  public CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(env);
  }

  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }

  /**
   * Colour and live progress only for a person at a terminal: never in CI (which sets {@code CI},
   * or Jenkins' {@code JENKINS_URL}/{@code BUILD_NUMBER}), never when {@code NO_COLOR} is set.
   */
  static boolean isInteractiveTerminal(boolean consoleAttached, Map<String, String> env) {
    if (!consoleAttached) {
      return false;
    }
    for (String marker : new String[] {"CI", "JENKINS_URL", "BUILD_NUMBER", "NO_COLOR"}) {
      if (env.containsKey(marker)) {
        return false;
      }
    }
    return !"dumb".equals(env.get("TERM"));
  }
}
