package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One docker-compose service after normalization (lists of env turned into maps, ports expanded,
 * commands split), before Rancher's mapping. Several files merge into one of these.
 */
final class ServiceDef {
  private final String name;
  private final Location location;
  private final String path;
  private final Map<String, Field> fields = new LinkedHashMap<>();

  ServiceDef(String name, Location location, String path) {
    this.name = name;
    this.location = location;
    this.path = path;
  }

  String name() {
    return name;
  }

  Location location() {
    return location;
  }

  /** The path of the service in its first file, such as {@code services.web} or {@code web}. */
  String path() {
    return path;
  }

  Map<String, Field> fields() {
    return Collections.unmodifiableMap(fields);
  }

  void put(String key, Field field) {
    fields.put(key, field);
  }

  Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  Optional<String> string(String key) {
    return field(key).map(f -> (String) f.value());
  }

  Optional<Boolean> bool(String key) {
    return field(key).map(f -> (Boolean) f.value());
  }

  Optional<Long> number(String key) {
    return field(key).map(f -> (Long) f.value());
  }

  @SuppressWarnings("unchecked")
  List<String> strings(String key) {
    return field(key).map(f -> (List<String>) f.value()).orElse(List.of());
  }

  @SuppressWarnings("unchecked")
  Map<String, String> keyValues(String key) {
    return field(key).map(f -> (Map<String, String>) f.value()).orElse(Map.of());
  }

  @SuppressWarnings("unchecked")
  <T> List<T> listOf(String key, Class<T> type) {
    return field(key).map(f -> (List<T>) f.value()).orElse(List.of());
  }

  Location locationOf(String key) {
    return field(key).map(Field::location).orElse(location);
  }

  String pathOf(String key) {
    return field(key).map(Field::path).orElse(path + "." + key);
  }
}
