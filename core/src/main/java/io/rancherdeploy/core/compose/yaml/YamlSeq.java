package io.rancherdeploy.core.compose.yaml;

import java.util.List;

/** A YAML sequence with its location. */
public record YamlSeq(List<YamlNode> items, Location location) implements YamlNode {
  public YamlSeq {
    items = List.copyOf(items);
  }

  @Override
  public String typeName() {
    return "a list";
  }
}
