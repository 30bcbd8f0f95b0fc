package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Readers shared by the resource views. */
final class Views {
  private Views() {}

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(
          item -> {
            if (item.isValueNode() && !item.isNull()) {
              out.add(item.asText());
            }
          });
    }
    return List.copyOf(out);
  }

  static ObjectNode objectOrEmpty(JsonNode node) {
    return node != null && node.isObject() ? ((ObjectNode) node).deepCopy() : Json.object();
  }

  static List<ObjectNode> objects(JsonNode array) {
    List<ObjectNode> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(
          item -> {
            if (item.isObject()) {
              out.add(((ObjectNode) item).deepCopy());
            }
          });
    }
    return List.copyOf(out);
  }

  static Map<String, String> stringMap(JsonNode parent, String field) {
    return Map.copyOf(Json.stringMap(parent, field));
  }
}
