package io.rancherdeploy.core.compose.yaml;

import java.util.Objects;

/**
 * A scalar with the type YAML 1.1 resolved for it ({@code 80} is an INT, {@code '80'} a STRING,
 * {@code yes} a BOOL, {@code ~} NULL), as docker-compose's PyYAML would resolve it.
 */
public record YamlScalar(String value, Kind kind, Location location) implements YamlNode {
  public enum Kind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }

  public YamlScalar {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** The same scalar with a new text, typed as a string (what interpolation produces). */
  public YamlScalar withText(String text) {
    return new YamlScalar(text, Kind.STRING, location);
  }

  @Override
  public String typeName() {
    return switch (kind) {
      case STRING -> "a string";
      case INT -> "a number";
      case FLOAT -> "a decimal number";
      case BOOL -> "a boolean";
      case NULL -> "nothing (null)";
    };
  }
}
