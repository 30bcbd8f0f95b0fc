package io.jenkins.plugins.rancherdeploy.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the {@code variables} parameter: one {@code NAME=value} a line, {@code #} starts a comment
 * line.
 */
public final class VariableLines {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private VariableLines() {}

  public static Map<String, String> parse(String text) {
    return parse("variables", text);
  }

  /**
   * @param parameter the field the lines come from ({@code variables}, {@code images}), for the
   *     message
   */
  public static Map<String, String> parse(String parameter, String text) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (text == null) {
      return variables;
    }
    String[] lines = text.split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String name = eq < 0 ? line : line.substring(0, eq).strip();
      if (eq < 0 || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            parameter
                + ", line "
                + (i + 1)
                + ": expected NAME=value with NAME"
                + " made of letters, digits and _, got '"
                + (eq < 0 ? line : name)
                + "'");
      }
      variables.put(name, line.substring(eq + 1));
    }
    return variables;
  }
}
