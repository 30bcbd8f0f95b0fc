package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.deploy.ServiceAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A deploy decided but not done. {@code prepare} runs first, in order (create the stack, resolve
 * leftover upgrades, remove for a recreate); then {@code services}, each after the services it
 * names in {@link ServicePlan#after()}, independent ones in parallel; then {@code complete}, in
 * order (finish the upgrades once all are healthy, prune). A failure rolls back every service whose
 * upgrade started.
 */
public record DeployPlan(
    String stack,
    List<PlanStep> prepare,
    List<ServicePlan> services,
    List<PlanStep> complete,
    List<String> warnings) {

  public DeployPlan {
    Objects.requireNonNull(stack, "stack");
    prepare = List.copyOf(prepare);
    services = List.copyOf(services);
    complete = List.copyOf(complete);
    warnings = List.copyOf(warnings);
  }

  public Stream<PlanStep> steps() {
    return Stream.of(
            prepare.stream(), services.stream().flatMap(s -> s.steps().stream()), complete.stream())
        .flatMap(s -> s);
  }

  /** True when running the plan would send no request that changes anything. */
  public boolean changesNothing() {
    return steps().findAny().isEmpty();
  }

  public List<ServicePlan> withAction(ServiceAction action) {
    return services.stream().filter(s -> s.action() == action).toList();
  }

  /**
   * The same plan with every value a person may read passed through {@code mask} (the secret
   * masker).
   */
  public DeployPlan masked(java.util.function.UnaryOperator<String> mask) {
    List<ServicePlan> maskedServices =
        services.stream()
            .map(
                s ->
                    new ServicePlan(
                        s.service(),
                        s.action(),
                        mask.apply(s.reason()),
                        s.changes().stream()
                            .map(
                                c ->
                                    new FieldChange(
                                        c.path(), c.before().map(mask), c.after().map(mask)))
                            .toList(),
                        s.after(),
                        s.steps(),
                        s.oldImage(),
                        s.newImage()))
            .toList();
    return new DeployPlan(
        stack, prepare, maskedServices, complete, warnings.stream().map(mask).toList());
  }

  /** The dry-run listing: one block per service with its action, reason and differing fields. */
  public List<String> render() {
    List<String> lines = new ArrayList<>();
    lines.add("Plan for stack " + stack + ":");
    warnings.forEach(w -> lines.add("  warning: " + w));
    prepare.forEach(s -> lines.add("  " + s.describe()));
    for (ServicePlan service : services) {
      lines.add(
          "  "
              + service.service()
              + ": "
              + service.action().name().toLowerCase(java.util.Locale.ROOT)
              + " ("
              + service.reason()
              + ")");
      service.changes().forEach(c -> lines.add("      " + c.describe()));
    }
    complete.forEach(s -> lines.add("  " + s.describe()));
    return lines;
  }
}
