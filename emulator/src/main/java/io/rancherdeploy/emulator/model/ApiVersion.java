package io.rancherdeploy.emulator.model;

import java.util.Optional;

/**
 * The two API versions Rancher 1.6 serves. v1 shows stacks as {@code environment} with ids {@code
 * 1e…}.
 */
public enum ApiVersion {
  V1("v1"),
  V2_BETA("v2-beta");

  private final String path;

  ApiVersion(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public static Optional<ApiVersion> fromPath(String segment) {
    for (ApiVersion v : values()) {
      if (v.path.equalsIgnoreCase(segment)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
