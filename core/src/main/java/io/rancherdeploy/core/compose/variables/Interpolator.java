package io.rancherdeploy.core.compose.variables;

import java.util.Optional;
import java.util.function.Function;

/**
 * docker-compose's interpolation rules: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}
 * (default when unset or empty), {@code ${VAR-default}} (default when unset), {@code
 * ${VAR:?message}} (error when unset or empty), {@code ${VAR?message}} (error when unset) and
 * {@code $$} for a literal {@code $}. Names are {@code [A-Za-z_][A-Za-z0-9_]*}; a default is
 * literal text up to the first <code>}</code>. Any other use of {@code $} is a syntax error, as in
 * docker-compose.
 */
public final class Interpolator {
  /** What went wrong with one reference; {@link Kind#SYNTAX} makes the whole value unusable. */
  public record Issue(Kind kind, String name, String detail) {
    public enum Kind {
      MISSING,
      REQUIRED,
      SYNTAX
    }
  }

  /**
   * Receives each issue; the interpolation goes on, so every missing variable is reported at once.
   */
  public interface IssueSink {
    void report(Issue issue);
  }

  private final Function<String, Optional<String>> lookup;

  /** {@code lookup} answers a variable's value, or empty when it is unset. */
  public Interpolator(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  /** True when the text holds a {@code $} and so needs {@link #interpolate}. */
  public static boolean needsWork(String text) {
    return text.indexOf('$') >= 0;
  }

  /** The interpolated text; a missing variable becomes empty (after it was reported). */
  public String interpolate(String text, IssueSink issues) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$') {
        out.append(c);
        i++;
        continue;
      }
      int next = i + 1;
      if (next < text.length() && text.charAt(next) == '$') {
        out.append('$');
        i += 2;
      } else if (next < text.length() && isNameStart(text.charAt(next))) {
        int end = nameEnd(text, next);
        out.append(plain(text.substring(next, end), issues));
        i = end;
      } else if (next < text.length() && text.charAt(next) == '{') {
        int end = braced(text, next + 1, out, issues);
        if (end < 0) {
          issues.report(new Issue(Issue.Kind.SYNTAX, "", text));
          return text;
        }
        i = end;
      } else {
        issues.report(new Issue(Issue.Kind.SYNTAX, "", text));
        return text;
      }
    }
    return out.toString();
  }

  /**
   * Handles <code>{...}</code> from just after the brace; the index after <code>}</code>, or -1 if
   * invalid.
   */
  private int braced(String text, int start, StringBuilder out, IssueSink issues) {
    if (start >= text.length() || !isNameStart(text.charAt(start))) {
      return -1;
    }
    int nameEnd = nameEnd(text, start);
    String name = text.substring(start, nameEnd);
    int close = text.indexOf('}', nameEnd);
    if (close < 0) {
      return -1;
    }
    if (close == nameEnd) {
      out.append(plain(name, issues));
      return close + 1;
    }
    boolean colon = text.charAt(nameEnd) == ':';
    int opStart = colon ? nameEnd + 1 : nameEnd;
    if (opStart >= close || (text.charAt(opStart) != '-' && text.charAt(opStart) != '?')) {
      return -1;
    }
    String argument = text.substring(opStart + 1, close);
    Optional<String> value = lookup.apply(name);
    boolean missing = value.isEmpty() || (colon && value.get().isEmpty());
    if (text.charAt(opStart) == '-') {
      out.append(missing ? argument : value.get());
    } else if (missing) {
      issues.report(new Issue(Issue.Kind.REQUIRED, name, argument));
    } else {
      out.append(value.get());
    }
    return close + 1;
  }

  private String plain(String name, IssueSink issues) {
    Optional<String> value = lookup.apply(name);
    if (value.isEmpty()) {
      issues.report(new Issue(Issue.Kind.MISSING, name, ""));
      return "";
    }
    return value.get();
  }

  private static int nameEnd(String text, int start) {
    int end = start + 1;
    while (end < text.length() && isNamePart(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
