package io.rancherdeploy.emulator.http;

import java.util.Map;

/** The values a route template captured. */
public record PathParams(Map<String, String> values) {

  public PathParams {
    values = Map.copyOf(values);
  }

  /** The captured value; templates guarantee presence, so a missing name is a programming error. */
  public String get(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("route template has no {" + name + "}");
    }
    return value;
  }
}
