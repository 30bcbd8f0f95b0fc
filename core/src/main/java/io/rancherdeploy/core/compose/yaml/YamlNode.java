package io.rancherdeploy.core.compose.yaml;

/**
 * A YAML node that remembers where it was written, so every problem can name its line and column.
 */
public sealed interface YamlNode permits YamlMap, YamlSeq, YamlScalar {
  Location location();

  /** The YAML type as a person would name it in "expected a list, found a string". */
  String typeName();
}
