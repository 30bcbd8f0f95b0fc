package io.rancherdeploy.core.deploy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The machine-readable result for one service: what was done, the images before and after, the
 * Rancher state at the end, how many containers run against how many are wanted, and how long it
 * took.
 */
public record ServiceResult(
    String service,
    ServiceAction action,
    Optional<String> oldImage,
    Optional<String> newImage,
    String finalState,
    int runningInstances,
    int desiredInstances,
    Duration elapsed) {

  public ServiceResult {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(oldImage, "oldImage");
    Objects.requireNonNull(newImage, "newImage");
    Objects.requireNonNull(finalState, "finalState");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
