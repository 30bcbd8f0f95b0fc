package io.rancherdeploy.emulator.config;

import io.rancherdeploy.emulator.logs.LogBehaviour;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code logs:} part of the config: per image, how its containers write their logs.
 *
 * <pre>
 * logs:
 *   "nginx:1.13": {linesPerSecond: 2, stderrShare: 0.1, startup: ["nginx up"], stdout: ["GET / {n}"],
 *                  stderr: ["slow {n}"]}
 * </pre>
 */
final class LogsConfig {

  private static final Set<String> KEYS =
      Set.of("linesPerSecond", "stderrShare", "startup", "stdout", "stderr");

  private LogsConfig() {}

  static Map<String, LogBehaviour> parse(YamlFields y, Object value) {
    Map<String, LogBehaviour> logs = new LinkedHashMap<>();
    y.map(value, "logs")
        .forEach(
            (image, spec) -> {
              String path = "logs." + image;
              Map<String, Object> fields = y.map(spec, path);
              y.onlyKeys(fields, path, KEYS);
              LogBehaviour fallback = LogBehaviour.webService();
              double rate =
                  y.number(fields, "linesPerSecond", path).orElse(fallback.linesPerSecond());
              double share = y.number(fields, "stderrShare", path).orElse(fallback.stderrShare());
              try {
                logs.put(
                    image,
                    new LogBehaviour(
                        rate,
                        share,
                        lines(y, fields, "startup", path, fallback.startupLines()),
                        lines(y, fields, "stdout", path, fallback.stdoutMessages()),
                        lines(y, fields, "stderr", path, fallback.stderrMessages())));
              } catch (IllegalArgumentException e) {
                throw y.error(
                    path,
                    e.getMessage(),
                    "Give linesPerSecond >= 0, stderrShare between 0 and 1, "
                        + "and stdout or stderr messages when the image writes lines");
              }
            });
    return logs;
  }

  private static List<String> lines(
      YamlFields y, Map<String, Object> fields, String key, String path, List<String> fallback) {
    if (!fields.containsKey(key)) {
      return fallback;
    }
    List<String> lines = new ArrayList<>();
    List<Object> values = y.list(fields.get(key), path + "." + key);
    for (int i = 0; i < values.size(); i++) {
      Object line = values.get(i);
      if (line instanceof Map || line instanceof List || line == null) {
        throw y.error(
            path + "." + key + "[" + i + "]",
            "expected a line of text",
            "Write each line as a string; {n}, {container}, {image} and {host} are filled in");
      }
      lines.add(String.valueOf(line));
    }
    return lines;
  }
}
