package io.rancherdeploy.core.compose.variables;

import io.rancherdeploy.core.compose.yaml.Diagnostics;
import io.rancherdeploy.core.compose.yaml.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an env file with docker-compose's {@code .env} rules: blank lines and {@code #} comments
 * are skipped, an {@code export } prefix is allowed, {@code KEY=VALUE} with the value unquoted
 * (trimmed, a {@code " #"} starts a comment), single-quoted (literal) or double-quoted ({@code \n},
 * {@code \t}, {@code \"}, {@code \\} escapes; may span lines). Values are not interpolated. A line
 * without {@code =} is ignored with a warning. Problems carry the file and line.
 */
public final class EnvFileParser {
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

  private final String file;
  private final Diagnostics diagnostics;
  private final String[] lines;
  private int index;

  private EnvFileParser(String file, String text, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.lines = text.split("\r?\n", -1);
  }

  /** The variables of the file, in file order (a repeated key keeps its last value). */
  public static Map<String, String> parse(String file, String text, Diagnostics diagnostics) {
    return new EnvFileParser(file, text, diagnostics).parseAll();
  }

  private Map<String, String> parseAll() {
    Map<String, String> values = new LinkedHashMap<>();
    for (index = 0; index < lines.length; index++) {
      String line = lines[index].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int lineNumber = index + 1;
      if (line.startsWith("export ") || line.startsWith("export\t")) {
        line = line.substring(7).stripLeading();
      }
      int equals = line.indexOf('=');
      Location at = new Location(file, lineNumber, 1);
      if (equals < 0) {
        diagnostics.warn(at, "", "the line has no `=`, so it sets nothing", "write KEY=VALUE");
        continue;
      }
      String key = line.substring(0, equals).strip();
      if (!KEY.matcher(key).matches()) {
        diagnostics.error(
            at,
            "",
            "`" + key + "` is not a valid variable name",
            "a name of letters, digits and _ not starting with a digit",
            "");
        continue;
      }
      String raw = line.substring(equals + 1).stripLeading();
      String value = value(raw, lineNumber, key);
      if (value != null) {
        values.put(key, value);
      }
    }
    return values;
  }

  private String value(String raw, int lineNumber, String key) {
    if (raw.startsWith("\"") || raw.startsWith("'")) {
      return quoted(raw, lineNumber, key);
    }
    int comment = commentStart(raw);
    return (comment < 0 ? raw : raw.substring(0, comment)).strip();
  }

  private static int commentStart(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '#' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A quoted value, continuing onto the next lines until the closing quote; null after a problem.
   */
  private String quoted(String raw, int lineNumber, String key) {
    char quote = raw.charAt(0);
    StringBuilder value = new StringBuilder();
    String rest = raw.substring(1);
    while (true) {
      int close = closingQuote(rest, quote, value);
      if (close >= 0) {
        String after = rest.substring(close + 1).strip();
        if (!after.isEmpty() && !after.startsWith("#")) {
          diagnostics.error(
              new Location(file, index + 1, 1),
              "",
              "unexpected text after the closing quote" + " of `" + key + "`",
              "only a # comment after the value",
              "quote the whole value");
          return null;
        }
        return value.toString();
      }
      if (index + 1 >= lines.length) {
        diagnostics.error(
            new Location(file, lineNumber, 1),
            "",
            "the value of `" + key + "` has no closing " + quote,
            "a closing " + quote,
            "add the closing quote");
        return null;
      }
      value.append('\n');
      rest = lines[++index];
    }
  }

  /** Appends the text up to the closing quote; its index, or -1 when the line ends first. */
  private static int closingQuote(String text, char quote, StringBuilder value) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == quote) {
        return i;
      }
      if (quote == '"' && c == '\\' && i + 1 < text.length()) {
        value.append(escape(text.charAt(++i)));
      } else {
        value.append(c);
      }
    }
    return -1;
  }

  private static String escape(char c) {
    return switch (c) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      case '"' -> "\"";
      case '\\' -> "\\";
      case '\'' -> "'";
      default -> "\\" + c;
    };
  }
}
