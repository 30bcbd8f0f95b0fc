package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlSeq;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Docker's own {@code healthcheck} (compose 2.1): test, interval, timeout, retries, disable. */
final class HealthcheckReader {
  private static final List<String> KEYS =
      List.of("test", "interval", "timeout", "retries", "disable", "start_period");

  private HealthcheckReader() {}

  static Optional<Map<String, Object>> read(Values values, YamlNode node, String path) {
    Optional<YamlMap> map = values.map(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      switch (entry.name()) {
        case "test" -> test(values, entry.value(), at).ifPresent(v -> result.put("test", v));
        case "interval", "timeout", "start_period" ->
            values.duration(entry.value(), at).ifPresent(v -> result.put(entry.name(), v));
        case "retries" ->
            values
                .integer(entry.value(), at, 0, Integer.MAX_VALUE)
                .ifPresent(v -> result.put("retries", v));
        case "disable" -> values.bool(entry.value(), at).ifPresent(v -> result.put("disable", v));
        default ->
            values
                .diagnostics()
                .error(
                    entry.key().location(),
                    at,
                    "unknown healthcheck key `" + entry.name() + "`",
                    String.join(", ", KEYS),
                    Suggestions.didYouMean(entry.name(), KEYS));
      }
    }
    return Optional.of(result);
  }

  private static Optional<List<String>> test(Values values, YamlNode node, String path) {
    if (node instanceof YamlSeq) {
      return values.list(node, path);
    }
    return values.text(node, path).map(text -> List.of("CMD-SHELL", text));
  }
}
