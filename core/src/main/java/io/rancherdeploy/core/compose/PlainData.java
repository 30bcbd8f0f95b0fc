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

/**
 * Free-form YAML (such as {@code metadata}) as immutable JSON-like values: maps keep their order;
 * numbers are {@code Long} or {@code Double}; YAML null becomes the empty string, so no null
 * crosses the API.
 */
final class PlainData {
  private PlainData() {}

  static Object of(YamlNode node) {
    if (node instanceof YamlMap map) {
      Map<String, Object> result = new LinkedHashMap<>();
      for (YamlMap.Entry entry : map.entries()) {
        result.put(entry.name(), of(entry.value()));
      }
      return Collections.unmodifiableMap(result);
    }
    if (node instanceof YamlSeq seq) {
      List<Object> result = new ArrayList<>(seq.items().size());
      for (YamlNode item : seq.items()) {
        result.add(of(item));
      }
      return Collections.unmodifiableList(result);
    }
    return scalar((YamlScalar) node);
  }

  private static Object scalar(YamlScalar scalar) {
    try {
      return switch (scalar.kind()) {
        case INT -> Long.parseLong(scalar.value().replace("_", ""));
        case FLOAT -> Double.parseDouble(scalar.value().replace("_", ""));
        case BOOL -> Boolean.valueOf(scalar.value().matches("(?i)true|yes|on|y"));
        case NULL -> "";
        case STRING -> scalar.value();
      };
    } catch (NumberFormatException e) {
      // 0x1F, 0o17, 1:30 and other YAML 1.1 spellings stay as written.
      return scalar.value();
    }
  }
}
