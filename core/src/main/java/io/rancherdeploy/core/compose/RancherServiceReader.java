package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlScalar;
import io.rancherdeploy.core.compose.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one service of rancher-compose.yml. Values are normalized to Rancher's API spelling
 * (camelCase keys, numbers as {@code Long}); unknown keys warn with their line, since
 * rancher-compose ignores them.
 */
final class RancherServiceReader {
  private final Values values;

  RancherServiceReader(Values values) {
    this.values = values;
  }

  Optional<ServiceDef> read(YamlMap.Entry service, String path) {
    Optional<YamlMap> map = values.map(service.value(), path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    ServiceDef def = new ServiceDef(service.name(), service.key().location(), path);
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      Optional<RancherKeys.Key> key = RancherKeys.find(entry.name());
      if (key.isEmpty()) {
        String fix =
            ServiceKeys.find(entry.name()).isPresent()
                ? "`" + entry.name() + "` belongs in docker-compose.yml"
                : Suggestions.didYouMean(entry.name(), RancherKeys.names());
        values.ignoredKey(entry, at, fix);
        continue;
      }
      read(key.get(), entry.value(), at)
          .ifPresent(v -> def.put(entry.name(), new Field(v, entry.value().location(), at)));
    }
    return Optional.of(def);
  }

  private Optional<Object> read(RancherKeys.Key key, YamlNode node, String at) {
    return switch (key.kind()) {
      case INT -> values.integer(node, at, 0, Integer.MAX_VALUE).map(v -> v);
      case BOOL -> values.bool(node, at).map(v -> v);
      case STRING -> values.text(node, at).map(v -> v);
      case STRING_LIST -> values.textOrList(node, at).map(v -> v);
      case DATA -> Optional.of(PlainData.of(node));
      case HEALTH_CHECK ->
          camelMap(
                  node,
                  at,
                  RancherKeys.HEALTH_CHECK_KEYS,
                  Set.of("request_line", "strategy", "name"))
              .map(v -> v);
      case UPGRADE_STRATEGY -> upgradeStrategy(node, at).map(v -> v);
      case LB_CONFIG -> new LbConfigReader(values, this).read(node, at).map(v -> v);
      case SCALE_POLICY ->
          camelMap(node, at, Set.of("min", "max", "increment"), Set.of()).map(v -> v);
      case IGNORED -> {
        values.diagnostics().warn(node.location(), at, "ignored: " + key.note());
        yield Optional.empty();
      }
    };
  }

  /**
   * A mapping with known keys turned into camelCase: numbers except for {@code textKeys}, nested
   * mappings (such as {@code recreate_on_quorum_strategy_config}) recursively.
   */
  Optional<Map<String, Object>> camelMap(
      YamlNode node, String path, Set<String> keys, Set<String> textKeys) {
    Optional<YamlMap> map = values.map(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      if (!keys.contains(entry.name())) {
        values.ignoredKey(entry, at, keys);
        continue;
      }
      Optional<?> value;
      if (entry.value() instanceof YamlMap nested) {
        value = camelMap(nested, at, Set.of("quorum"), Set.of());
      } else if (textKeys.contains(entry.name())) {
        value = values.text(entry.value(), at);
      } else {
        value = values.integer(entry.value(), at, 0, Integer.MAX_VALUE);
      }
      value.ifPresent(v -> result.put(camel(entry.name()), v));
    }
    return Optional.of(Collections.unmodifiableMap(result));
  }

  private Optional<Map<String, Object>> upgradeStrategy(YamlNode node, String path) {
    Optional<YamlMap> map = values.map(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      switch (entry.name()) {
        case "start_first" ->
            values.bool(entry.value(), at).ifPresent(v -> result.put("startFirst", v));
        case "batch_size" ->
            values.integer(entry.value(), at, 1, 1000).ifPresent(v -> result.put("batchSize", v));
        case "interval_millis" ->
            values
                .integer(entry.value(), at, 0, Integer.MAX_VALUE)
                .ifPresent(v -> result.put("intervalMillis", v));
        default -> values.ignoredKey(entry, at, RancherKeys.UPGRADE_KEYS);
      }
    }
    return Optional.of(result);
  }

  /** A list of texts, or one text. */
  Optional<List<String>> texts(YamlNode node, String path) {
    if (node instanceof YamlSeq || node instanceof YamlScalar) {
      return values.textOrList(node, path);
    }
    values.diagnostics().wrongType(node, path, "a list of names");
    return Optional.of(new ArrayList<>());
  }

  Values values() {
    return values;
  }

  static String camel(String snake) {
    StringBuilder out = new StringBuilder(snake.length());
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
