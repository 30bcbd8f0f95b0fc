package io.rancherdeploy.core.compose.yaml;

import java.util.List;
import java.util.Optional;

/** A YAML mapping with scalar keys, in file order, with its location. */
public record YamlMap(List<Entry> entries, Location location) implements YamlNode {
  /** One key and its value; the key keeps its own location for "unknown key" problems. */
  public record Entry(YamlScalar key, YamlNode value) {
    public String name() {
      return key.value();
    }
  }

  public YamlMap {
    entries = List.copyOf(entries);
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  public Optional<Entry> entry(String key) {
    for (Entry entry : entries) {
      if (entry.name().equals(key)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public String typeName() {
    return "a mapping";
  }
}
