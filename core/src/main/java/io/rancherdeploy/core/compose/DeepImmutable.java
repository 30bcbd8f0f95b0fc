package io.rancherdeploy.core.compose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Deep, order-keeping, null-free immutable copies of the JSON-like maps the model hands out. */
final class DeepImmutable {
  private DeepImmutable() {}

  @SuppressWarnings("unchecked")
  static <V> Map<String, V> map(Map<String, V> source) {
    Map<String, V> copy = new LinkedHashMap<>();
    source.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"), (V) value(value)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  static Object value(Object value) {
    Objects.requireNonNull(value, "a null value in the model");
    if (value instanceof Map<?, ?> map) {
      return map((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(value(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
