package io.rancherdeploy.emulator.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed reads of a parsed YAML map, each failure naming the file and the field path. */
final class YamlFields {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private final String file;

  YamlFields(String file) {
    this.file = file;
  }

  ConfigException error(String path, String problem, String fix) {
    return new ConfigException(file + ": " + path + ": " + problem + ". " + fix);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(Object value, String path) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map)) {
      throw error(
          path, "expected a mapping, got " + describe(value), "Write it as 'key: value' lines");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  List<Object> list(Object value, String path) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List)) {
      throw error(path, "expected a list, got " + describe(value), "Write it as '- item' lines");
    }
    return (List<Object>) value;
  }

  void onlyKeys(Map<String, Object> map, String path, Set<String> allowed) {
    for (String key : map.keySet()) {
      if (!allowed.contains(key)) {
        throw error(path + "." + key, "unknown key", "Use one of " + allowed);
      }
    }
  }

  Optional<String> string(Map<String, Object> map, String key, String path) {
    Object value = map.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Map || value instanceof List) {
      throw error(path + "." + key, "expected text, got " + describe(value), "Give a single value");
    }
    return Optional.of(String.valueOf(value));
  }

  String requiredString(Map<String, Object> map, String key, String path) {
    return string(map, key, path)
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> error(path + "." + key, "is missing", "Add '" + key + ": <value>'"));
  }

  Optional<Double> number(Map<String, Object> map, String key, String path) {
    Object value = map.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    throw error(
        path + "." + key,
        "expected a number, got " + describe(value),
        "Write a number such as 1 or 0.5");
  }

  Optional<Integer> integer(Map<String, Object> map, String key, String path) {
    Object value = map.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long) {
      return Optional.of(((Number) value).intValue());
    }
    throw error(
        path + "." + key,
        "expected a whole number, got " + describe(value),
        "Write a whole number such as 3");
  }

  Optional<Boolean> bool(Map<String, Object> map, String key, String path) {
    Object value = map.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    throw error(
        path + "." + key, "expected true or false, got " + describe(value), "Write true or false");
  }

  Optional<Duration> duration(Map<String, Object> map, String key, String path) {
    Object value = map.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long) {
      return Optional.of(Duration.ofMillis(((Number) value).longValue()));
    }
    Matcher m = DURATION.matcher(String.valueOf(value).trim());
    if (!m.matches()) {
      throw error(
          path + "." + key,
          "'" + value + "' is not a duration",
          "Write e.g. 500ms, 2s, 1m or a number of milliseconds");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "ms" : m.group(2);
    double millis =
        switch (unit) {
          case "s" -> amount * 1000;
          case "m" -> amount * 60_000;
          case "h" -> amount * 3_600_000;
          default -> amount;
        };
    return Optional.of(Duration.ofMillis(Math.round(millis)));
  }

  private static String describe(Object value) {
    if (value instanceof Map) {
      return "a mapping";
    }
    if (value instanceof List) {
      return "a list";
    }
    return "'" + value + "'";
  }
}
