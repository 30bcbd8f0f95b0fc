package io.jenkins.plugins.rancherdeploy.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves Ant-style globs ({@code docker-compose.yml}, {@code deploy/*.yml}, {@code **}{@code
 * /prod.env}) against the workspace, on the machine that holds it. Globs keep the order they are
 * given in (later compose files override earlier ones); the matches of one glob are sorted by path.
 * Symbolic links are not followed and nothing outside the workspace can match.
 */
public final class WorkspaceFiles {
  private WorkspaceFiles() {}

  /**
   * @param parameter the step parameter the globs came from, for the error message
   * @throws IllegalArgumentException when a glob matches nothing, naming the glob and the workspace
   */
  public static List<Path> resolve(Path workspace, String parameter, List<String> globs)
      throws IOException {
    Set<Path> found = new LinkedHashSet<>();
    for (String glob : globs) {
      List<Path> matches = matches(workspace, glob);
      if (matches.isEmpty()) {
        throw new IllegalArgumentException(
            parameter
                + ": '"
                + glob
                + "' matches no file in the workspace "
                + workspace
                + "; globs are relative to it (Ant style: *, **, ?)");
      }
      found.addAll(matches);
    }
    return new ArrayList<>(found);
  }

  /** The files matching one glob, sorted; empty when none match. */
  public static List<Path> matches(Path workspace, String glob) throws IOException {
    String normalized = glob.strip().replace('\\', '/');
    if (normalized.startsWith("/")
        || normalized.matches("[A-Za-z]:/.*")
        || normalized.contains("../")) {
      throw new IllegalArgumentException(
          "'" + glob + "' must be relative to the workspace and stay inside it");
    }
    Pattern pattern = toRegex(normalized);
    try (Stream<Path> walk = Files.walk(workspace)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> pattern.matcher(workspace.relativize(p).toString().replace('\\', '/')).matches())
          .sorted()
          .toList();
    }
  }

  static Pattern toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
