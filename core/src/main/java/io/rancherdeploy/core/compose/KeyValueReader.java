package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlScalar;
import io.rancherdeploy.core.compose.yaml.YamlSeq;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code environment}, {@code labels}, {@code sysctls}, {@code log_opt} as a map or a list of
 * {@code KEY=VALUE}; {@code extra_hosts} as a map or a list of {@code host:ip}; {@code ulimits}.
 * Both spellings give the same map, so they hash alike. A bare {@code KEY} in {@code environment}
 * takes its value from the variables (and is left out when unset, as docker-compose does).
 */
final class KeyValueReader {
  private final Values values;
  private final Function<String, Optional<String>> environment;

  KeyValueReader(Values values, Function<String, Optional<String>> environment) {
    this.values = values;
    this.environment = environment;
  }

  Optional<Map<String, String>> read(String key, YamlNode node, String path) {
    int before = values.diagnostics().errorCount();
    Map<String, String> result = new LinkedHashMap<>();
    if (node instanceof YamlMap map) {
      for (YamlMap.Entry entry : map.entries()) {
        value(key, entry.name(), entry.value(), path + "." + entry.name())
            .ifPresent(v -> result.put(entry.name(), v));
      }
    } else if (node instanceof YamlSeq seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        String at = path + "[" + i + "]";
        values
            .text(seq.items().get(i), at)
            .ifPresent(
                item -> {
                  int equals = item.indexOf('=');
                  String name = equals < 0 ? item : item.substring(0, equals);
                  if (name.isBlank()) {
                    values
                        .diagnostics()
                        .error(
                            seq.location(),
                            at,
                            "`" + item + "` has no name before `=`",
                            "KEY=VALUE",
                            "");
                    return;
                  }
                  Optional<String> value =
                      equals < 0 ? bare(key, name) : Optional.of(item.substring(equals + 1));
                  value.ifPresent(v -> result.put(name, v));
                });
      }
    } else if (!(node instanceof YamlScalar s && s.isNull())) {
      values.diagnostics().wrongType(node, path, "a mapping or a list of KEY=VALUE");
    }
    return values.diagnostics().errorCount() > before ? Optional.empty() : Optional.of(result);
  }

  private Optional<String> value(String key, String name, YamlNode node, String path) {
    if (node instanceof YamlScalar s) {
      switch (s.kind()) {
        case NULL -> {
          return bare(key, name);
        }
        case BOOL -> {
          values
              .diagnostics()
              .error(
                  node.location(),
                  path,
                  "found the boolean `" + s.value() + "`",
                  "a string or a number",
                  "quote it: '" + s.value() + "'");
          return Optional.empty();
        }
        default -> {
          return Optional.of(s.value());
        }
      }
    }
    values.diagnostics().wrongType(node, path, "a string or a number");
    return Optional.empty();
  }

  private Optional<String> bare(String key, String name) {
    return key.equals("environment") ? environment.apply(name) : Optional.of("");
  }

  Optional<Map<String, String>> hosts(YamlNode node, String path) {
    if (node instanceof YamlMap) {
      return read("extra_hosts", node, path);
    }
    Optional<java.util.List<String>> list = values.list(node, path);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (String entry : list.get()) {
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        values
            .diagnostics()
            .error(node.location(), path, "`" + entry + "` is not host:ip", "host:ip", "");
        return Optional.empty();
      }
      result.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
    }
    return Optional.of(result);
  }

  Optional<Map<String, Ulimit>> ulimits(YamlNode node, String path) {
    Optional<YamlMap> map = values.map(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Ulimit> result = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      if (entry.value() instanceof YamlMap limits) {
        Optional<Long> soft = limits.get("soft").flatMap(v -> values.integer(v, at + ".soft"));
        Optional<Long> hard = limits.get("hard").flatMap(v -> values.integer(v, at + ".hard"));
        if (soft.isEmpty() || hard.isEmpty()) {
          values
              .diagnostics()
              .error(
                  limits.location(), at, "a ulimit needs soft and hard", "{soft: n, hard: n}", "");
          continue;
        }
        result.put(entry.name(), new Ulimit(soft.get(), hard.get()));
      } else {
        values
            .integer(entry.value(), at)
            .ifPresent(n -> result.put(entry.name(), new Ulimit(n, n)));
      }
    }
    return Optional.of(result);
  }
}
