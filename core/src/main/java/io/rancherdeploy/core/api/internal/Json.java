package io.rancherdeploy.core.api.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The one Jackson mapper of the client, and small readers over raw Rancher JSON. */
public final class Json {
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

  private Json() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * Parses a body that must be a JSON object; the message names what was received, never the body.
   */
  public static ObjectNode parseObject(String body, String what) throws IOException {
    JsonNode node = MAPPER.readTree(body == null || body.isEmpty() ? "null" : body);
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new IOException(
        what
            + " is not a JSON object (got "
            + (node == null ? "nothing" : node.getNodeType())
            + ")");
  }

  /** Converts a Map, record, JsonNode or null into a JSON tree. */
  public static JsonNode toTree(Object value) {
    if (value == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    if (value instanceof JsonNode node) {
      return node.deepCopy();
    }
    return MAPPER.valueToTree(value);
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text field, empty when missing, null or not textual. */
  public static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** A string-to-string map field (links, actions, labels); missing or null gives an empty map. */
  public static Map<String, String> stringMap(JsonNode node, String field) {
    JsonNode value = node.get(field);
    Map<String, String> out = new LinkedHashMap<>();
    if (value != null && value.isObject()) {
      value
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                  out.put(e.getKey(), e.getValue().asText());
                }
              });
    }
    return out;
  }
}
