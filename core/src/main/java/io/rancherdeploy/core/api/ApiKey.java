package io.rancherdeploy.core.api;

import io.rancherdeploy.core.secret.Secret;
import java.util.Objects;

/** A Rancher API key pair: an environment key or an account key. The secret never prints. */
public record ApiKey(String accessKey, Secret secretKey) {
  public ApiKey {
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    if (accessKey.isBlank()) {
      throw new IllegalArgumentException("accessKey is blank");
    }
  }

  public static ApiKey of(String accessKey, String secretKey) {
    return new ApiKey(accessKey, Secret.of(secretKey));
  }
}
