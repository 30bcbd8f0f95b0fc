package io.rancherdeploy.core.api;

/**
 * The API version the client found: {@code /v2-beta} (Rancher 1.2-1.6) or {@code /v1} (1.0/1.1).
 */
public enum ApiVersion {
  V1("v1"),
  V2_BETA("v2-beta");

  private final String path;

  ApiVersion(String path) {
    this.path = path;
  }

  /** The path segment, {@code v1} or {@code v2-beta}. */
  public String path() {
    return path;
  }
}
