package io.rancherdeploy.core.deploy.plan;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A service's {@code upgrade_strategy} from rancher-compose.yml; each part optional. */
public record UpgradePolicy(
    Optional<Integer> batchSize, Optional<Duration> interval, Optional<Boolean> startFirst) {
  public static final UpgradePolicy NONE =
      new UpgradePolicy(Optional.empty(), Optional.empty(), Optional.empty());

  public UpgradePolicy {
    Objects.requireNonNull(batchSize, "batchSize");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(startFirst, "startFirst");
  }
}
