package io.rancherdeploy.core.deploy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a deploy failed: the phase, the service, the Rancher state and {@code transitioningMessage},
 * the service's recent {@code serviceLog} events and the last log lines of the failing containers.
 * Secrets are masked before a failure is built.
 */
public record DeployFailure(
    Phase phase,
    Optional<String> service,
    Optional<String> rancherState,
    Optional<String> transitioningMessage,
    String message,
    List<String> recentEvents,
    List<String> lastLogLines) {

  public DeployFailure {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(rancherState, "rancherState");
    Objects.requireNonNull(transitioningMessage, "transitioningMessage");
    Objects.requireNonNull(message, "message");
    recentEvents = List.copyOf(recentEvents);
    lastLogLines = List.copyOf(lastLogLines);
  }

  /** One paragraph for a person: phase, service, state, message. */
  public String describe() {
    StringBuilder s =
        new StringBuilder(phase.name().toLowerCase(java.util.Locale.ROOT)).append(" failed");
    service.ifPresent(name -> s.append(" for service ").append(name));
    rancherState.ifPresent(state -> s.append(" (Rancher state ").append(state).append(')'));
    s.append(": ").append(message);
    transitioningMessage.ifPresent(m -> s.append(" [Rancher says: ").append(m).append(']'));
    return s.toString();
  }
}
