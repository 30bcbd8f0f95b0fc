package io.rancherdeploy.core.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The machine-readable result of a deploy operation, per service and overall. */
public record DeployResult(
    String stack,
    Outcome outcome,
    List<ServiceResult> services,
    Optional<DeployFailure> failure,
    Duration elapsed) {

  public DeployResult {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(outcome, "outcome");
    services = List.copyOf(services);
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(elapsed, "elapsed");
    if (outcome == Outcome.SUCCESS && failure.isPresent()) {
      throw new IllegalArgumentException("a successful deploy carries no failure");
    }
    if (outcome != Outcome.SUCCESS && failure.isEmpty()) {
      throw new IllegalArgumentException("a " + outcome + " deploy must say why");
    }
  }

  public boolean succeeded() {
    return outcome == Outcome.SUCCESS;
  }
}
