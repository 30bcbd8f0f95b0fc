package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Input checks as Cattle makes them: field types (422 {@code InvalidType}), required fields (422
 * {@code MissingRequired}), names (422 {@code InvalidCharacters}/{@code MaxLengthExceeded}). Every
 * check names the field; nothing changes before all checks passed.
 */
public final class Validation {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?");

  /** The JSON kinds fields must have when present (null is always allowed). */
  public enum Kind {
    STRING,
    INT,
    BOOLEAN,
    OBJECT,
    ARRAY
  }

  private Validation() {}

  public static void types(ObjectNode input, Map<String, Kind> kinds) {
    kinds.forEach(
        (field, kind) -> {
          JsonNode value = input.get(field);
          if (value != null && !value.isNull() && !matches(value, kind)) {
            throw ApiError.invalid(
                "InvalidType",
                field,
                "Field ["
                    + field
                    + "] must be of type "
                    + kind.name().toLowerCase()
                    + ", got "
                    + describe(value.getNodeType()));
          }
        });
  }

  private static boolean matches(JsonNode value, Kind kind) {
    return switch (kind) {
      case STRING -> value.isTextual();
      case INT ->
          value.isIntegralNumber() || (value.isTextual() && value.asText().matches("-?\\d+"));
      case BOOLEAN -> value.isBoolean();
      case OBJECT -> value.isObject();
      case ARRAY -> value.isArray();
    };
  }

  private static String describe(JsonNodeType type) {
    return type.name().toLowerCase();
  }

  public static String requiredString(ObjectNode input, String field) {
    JsonNode value = input.get(field);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      throw ApiError.missing(field);
    }
    return value.asText();
  }

  /**
   * A stack or service name: {@code [a-zA-Z0-9-]}, 1-63 characters, no leading or trailing {@code
   * -}.
   */
  public static void name(String field, String name) {
    if (name.length() > 63) {
      throw ApiError.invalid(
          "MaxLengthExceeded", field, "Field [" + field + "] is longer than 63 characters");
    }
    if (!NAME.matcher(name).matches()) {
      throw ApiError.invalid(
          "InvalidCharacters",
          field,
          "Field ["
              + field
              + "] '"
              + name
              + "' may only hold a-z, A-Z, 0-9 and '-', not at its start or end");
    }
  }

  public static int nonNegativeInt(ObjectNode input, String field, int fallback) {
    JsonNode value = input.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    int n = value.asInt();
    if (n < 0) {
      throw ApiError.invalid(
          "MinLimitExceeded", field, "Field [" + field + "] must be >= 0, got " + n);
    }
    return n;
  }
}
