package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.deploy.Phase;
import java.util.Optional;

/**
 * A step that failed inside the executor, with what a report needs: the phase, the service and the
 * Rancher state and message when known. Never leaves the engine: it becomes a {@code DeployFailure}
 * in the result.
 */
final class StepFailure extends RuntimeException {
  private final Phase phase;
  private final Optional<String> service;
  private final Optional<String> rancherState;
  private final Optional<String> transitioningMessage;
  private final boolean cancelled;

  StepFailure(
      Phase phase,
      Optional<String> service,
      Optional<String> rancherState,
      Optional<String> transitioningMessage,
      String message,
      boolean cancelled,
      Throwable cause) {
    super(message, cause, false, false);
    this.phase = phase;
    this.service = service;
    this.rancherState = rancherState;
    this.transitioningMessage = transitioningMessage;
    this.cancelled = cancelled;
  }

  static StepFailure of(Phase phase, String service, String message) {
    return new StepFailure(
        phase, Optional.of(service), Optional.empty(), Optional.empty(), message, false, null);
  }

  Phase phase() {
    return phase;
  }

  Optional<String> service() {
    return service;
  }

  Optional<String> rancherState() {
    return rancherState;
  }

  Optional<String> transitioningMessage() {
    return transitioningMessage;
  }

  boolean cancelled() {
    return cancelled;
  }
}
