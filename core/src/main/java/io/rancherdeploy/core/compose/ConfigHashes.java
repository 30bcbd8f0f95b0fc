package io.rancherdeploy.core.compose;

import java.util.Map;
import java.util.Objects;

/**
 * Stable SHA-256 hex hashes of a service's desired state: the primary launch config, each
 * sidekick's launch config (by sidekick name) and the service-level fields. Equivalent spellings in
 * the files hash alike; as in rancher-compose, {@code scale}, links and the {@code
 * io.rancher.service.hash} label take no part.
 */
public record ConfigHashes(String launchConfig, Map<String, String> sidekicks, String service) {
  public ConfigHashes {
    Objects.requireNonNull(launchConfig, "launchConfig");
    Objects.requireNonNull(service, "service");
    sidekicks = DeepImmutable.map(sidekicks);
  }
}
