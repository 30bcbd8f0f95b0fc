package io.rancherdeploy.core.compose;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code upgrade_strategy} of rancher-compose.yml. Unlike rancher-compose, which reads only {@code
 * start_first}, all three are honoured; each is empty when the file does not set it, so the engine
 * can apply its own defaults and the caller's overrides.
 */
public record UpgradeStrategy(
    Optional<Integer> batchSize, Optional<Long> intervalMillis, Optional<Boolean> startFirst) {
  public UpgradeStrategy {
    Objects.requireNonNull(batchSize, "batchSize");
    Objects.requireNonNull(intervalMillis, "intervalMillis");
    Objects.requireNonNull(startFirst, "startFirst");
  }

  public static UpgradeStrategy unset() {
    return new UpgradeStrategy(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
