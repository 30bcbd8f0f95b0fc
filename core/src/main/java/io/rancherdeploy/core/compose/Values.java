package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.Diagnostics;
import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlScalar;
import io.rancherdeploy.core.compose.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values out of located nodes, reporting "expected X, found Y" at the node's line.
 * Texts that came out of interpolation are strings, so numbers and booleans are also accepted as
 * their text.
 */
final class Values {
  private static final Pattern BYTES =
      Pattern.compile("(\\d+)\\s*([bkmg]?)b?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|ns)");

  private final Diagnostics diagnostics;

  Values(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Warns that rancher-compose ignores this key, with the known key it most resembles. */
  void ignoredKey(YamlMap.Entry entry, String at, java.util.Collection<String> known) {
    ignoredKey(entry, at, Suggestions.didYouMean(entry.name(), known));
  }

  /** Warns that rancher-compose ignores this key, with {@code fix}. */
  void ignoredKey(YamlMap.Entry entry, String at, String fix) {
    diagnostics.warn(
        entry.key().location(),
        at,
        "rancher-compose ignores the unknown key `" + entry.name() + "`",
        fix);
  }

  /** A text; numbers count as their text, booleans and null do not. */
  Optional<String> text(YamlNode node, String path) {
    if (node instanceof YamlScalar s
        && (s.kind() == YamlScalar.Kind.STRING
            || s.kind() == YamlScalar.Kind.INT
            || s.kind() == YamlScalar.Kind.FLOAT)) {
      return Optional.of(s.value());
    }
    String fix =
        node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOL
            ? "quote it: '" + s.value() + "'"
            : "";
    diagnostics.error(node.location(), path, "found " + node.typeName(), "a string", fix);
    return Optional.empty();
  }

  Optional<Boolean> bool(YamlNode node, String path) {
    if (node instanceof YamlScalar s
        && (s.kind() == YamlScalar.Kind.BOOL || s.kind() == YamlScalar.Kind.STRING)) {
      switch (s.value().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> {
          return Optional.of(true);
        }
        case "false", "no", "off" -> {
          return Optional.of(false);
        }
        default -> {}
      }
    }
    diagnostics.error(node.location(), path, "found " + describe(node), "true or false", "");
    return Optional.empty();
  }

  Optional<Long> integer(YamlNode node, String path) {
    if (node instanceof YamlScalar s
        && (s.kind() == YamlScalar.Kind.INT || s.kind() == YamlScalar.Kind.STRING)) {
      try {
        return Optional.of(Long.parseLong(s.value().strip().replace("_", "")));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    diagnostics.error(node.location(), path, "found " + describe(node), "a whole number", "");
    return Optional.empty();
  }

  /** A whole number within bounds. */
  Optional<Long> integer(YamlNode node, String path, long min, long max) {
    Optional<Long> value = integer(node, path);
    if (value.isPresent() && (value.get() < min || value.get() > max)) {
      diagnostics.error(
          node.location(),
          path,
          value.get() + " is out of range",
          "a number from " + min + " to " + max,
          "");
      return Optional.empty();
    }
    return value;
  }

  /** A size: a number of bytes or a text such as 512m or 1g. */
  Optional<Long> bytes(YamlNode node, String path) {
    if (node instanceof YamlScalar s && !s.isNull() && s.kind() != YamlScalar.Kind.BOOL) {
      Matcher m = BYTES.matcher(s.value().strip());
      if (m.matches()) {
        long unit =
            switch (m.group(2).toLowerCase(Locale.ROOT)) {
              case "k" -> 1024L;
              case "m" -> 1024L * 1024;
              case "g" -> 1024L * 1024 * 1024;
              default -> 1L;
            };
        try {
          return Optional.of(Math.multiplyExact(Long.parseLong(m.group(1)), unit));
        } catch (ArithmeticException | NumberFormatException e) {
          // reported below
        }
      }
    }
    diagnostics.error(
        node.location(), path, "found " + describe(node), "a size such as 512m, 1g or 1048576", "");
    return Optional.empty();
  }

  /** A duration such as 1m30s, 10s, 500ms, or a number of seconds; in milliseconds. */
  Optional<Long> duration(YamlNode node, String path) {
    if (node instanceof YamlScalar s && !s.isNull() && s.kind() != YamlScalar.Kind.BOOL) {
      Optional<Long> millis = parseDuration(s.value().strip());
      if (millis.isPresent()) {
        return millis;
      }
    }
    diagnostics.error(
        node.location(),
        path,
        "found " + describe(node),
        "a duration such as 1m30s, 10s or 500ms",
        "");
    return Optional.empty();
  }

  static Optional<Long> parseDuration(String text) {
    if (text.matches("\\d+")) {
      return Optional.of(Long.parseLong(text) * 1000);
    }
    Matcher m = DURATION_PART.matcher(text);
    double millis = 0;
    int end = 0;
    while (m.find() && m.start() == end) {
      double amount = Double.parseDouble(m.group(1));
      millis +=
          amount
              * switch (m.group(2)) {
                case "h" -> 3_600_000;
                case "m" -> 60_000;
                case "s" -> 1000;
                case "ms" -> 1;
                case "us" -> 0.001;
                default -> 0.000_001;
              };
      end = m.end();
    }
    return end == text.length() && end > 0 ? Optional.of(Math.round(millis)) : Optional.empty();
  }

  /** A single text or a list of texts. */
  Optional<List<String>> textOrList(YamlNode node, String path) {
    if (node instanceof YamlSeq seq) {
      return list(seq, path);
    }
    return text(node, path).map(List::of);
  }

  /** A list of texts. */
  Optional<List<String>> list(YamlNode node, String path) {
    if (!(node instanceof YamlSeq seq)) {
      diagnostics.wrongType(node, path, "a list");
      return Optional.empty();
    }
    int before = diagnostics.errorCount();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      text(seq.items().get(i), path + "[" + i + "]").ifPresent(items::add);
    }
    return diagnostics.errorCount() > before ? Optional.empty() : Optional.of(items);
  }

  /** A mapping, or a problem. */
  Optional<YamlMap> map(YamlNode node, String path) {
    if (node instanceof YamlMap map) {
      return Optional.of(map);
    }
    diagnostics.wrongType(node, path, "a mapping");
    return Optional.empty();
  }

  static String describe(YamlNode node) {
    return node instanceof YamlScalar s && !s.isNull() ? "`" + s.value() + "`" : node.typeName();
  }
}
