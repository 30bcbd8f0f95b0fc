package io.rancherdeploy.core.deploy.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The config hashes of one service: of its service-level fields, of its primary launch config and
 * of each sidekick by name. On the remote side a hash is absent when nobody stored one (a service
 * created by hand), which counts as changed.
 */
public record ConfigHashes(
    Optional<String> service, Optional<String> launchConfig, Map<String, String> sidekicks) {
  public static final ConfigHashes NONE =
      new ConfigHashes(Optional.empty(), Optional.empty(), Map.of());

  public ConfigHashes {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(launchConfig, "launchConfig");
    sidekicks = Map.copyOf(sidekicks);
  }

  public static ConfigHashes of(
      String service, String launchConfig, Map<String, String> sidekicks) {
    return new ConfigHashes(Optional.of(service), Optional.of(launchConfig), sidekicks);
  }
}
