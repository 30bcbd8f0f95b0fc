package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.deploy.ServiceAction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the deploy does to one service: the action and why, the fields that differ, the services it
 * waits for ({@code after}: its link targets and dependencies in this plan), and its steps in
 * order.
 */
public record ServicePlan(
    String service,
    ServiceAction action,
    String reason,
    List<FieldChange> changes,
    Set<String> after,
    List<PlanStep> steps,
    Optional<String> oldImage,
    Optional<String> newImage) {

  public ServicePlan {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    changes = List.copyOf(changes);
    after = Set.copyOf(after);
    steps = List.copyOf(steps);
    Objects.requireNonNull(oldImage, "oldImage");
    Objects.requireNonNull(newImage, "newImage");
  }

  /** Whether the steps open an in-service upgrade that a failure must roll back. */
  public boolean upgrades() {
    return steps.stream().anyMatch(s -> s instanceof PlanStep.Upgrade);
  }
}
