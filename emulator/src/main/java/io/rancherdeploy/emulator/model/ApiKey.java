package io.rancherdeploy.emulator.model;

import java.util.List;

/**
 * An API key pair. An environment key authenticates as one project (everything is implicitly scoped
 * to it); an account key sees several projects, which the URL must select (rancher-api.md §1.2).
 */
public record ApiKey(String accessKey, String secretKey, Kind kind, List<String> projectIds) {

  public enum Kind {
    ENVIRONMENT,
    ACCOUNT
  }

  public ApiKey {
    projectIds = List.copyOf(projectIds);
    if (kind == Kind.ENVIRONMENT && projectIds.size() != 1) {
      throw new IllegalArgumentException(
          "an environment key belongs to exactly one environment, got " + projectIds);
    }
  }

  public static ApiKey environment(String accessKey, String secretKey, String projectId) {
    return new ApiKey(accessKey, secretKey, Kind.ENVIRONMENT, List.of(projectId));
  }

  public static ApiKey account(String accessKey, String secretKey, List<String> projectIds) {
    return new ApiKey(accessKey, secretKey, Kind.ACCOUNT, projectIds);
  }

  public boolean sees(String projectId) {
    return projectIds.contains(projectId);
  }

  /** Never shows the secret key. */
  @Override
  public String toString() {
    return "ApiKey[" + accessKey + ", " + kind + ", " + projectIds + "]";
  }
}
