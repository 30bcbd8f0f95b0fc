package io.rancherdeploy.core.compose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A loaded stack: its services in file order (sidekicks inside their primaries), the variables that
 * went into it, the warnings (things Rancher would silently ignore), and the normalized YAML.
 * Immutable.
 */
public final class ComposeProject {
  private final List<ServiceSpec> services;
  private final List<UsedVariable> usedVariables;
  private final List<ComposeProblem> warnings;
  private final Supplier<String> rendering;
  private volatile String rendered;

  ComposeProject(
      List<ServiceSpec> services,
      List<UsedVariable> usedVariables,
      List<ComposeProblem> warnings,
      Supplier<String> rendering) {
    this.services = List.copyOf(services);
    this.usedVariables = List.copyOf(usedVariables);
    this.warnings = List.copyOf(warnings);
    this.rendering = rendering;
  }

  /**
   * The services in the order they first appear in the files; sidekicks are inside their primaries.
   */
  public List<ServiceSpec> services() {
    return services;
  }

  public Optional<ServiceSpec> service(String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public List<String> serviceNames() {
    return services.stream().map(ServiceSpec::name).toList();
  }

  /**
   * Every variable the files referred to, sorted by name, with its value behind a {@code Secret}.
   */
  public List<UsedVariable> usedVariables() {
    return usedVariables;
  }

  /** Things that load but that Rancher would ignore or treat differently than the files suggest. */
  public List<ComposeProblem> warnings() {
    return warnings;
  }

  /**
   * The merged, interpolated stack as normalized docker-compose YAML ({@code docker-compose
   * config}). It holds interpolated values, so treat it like the variables it contains.
   */
  public String render() {
    String text = rendered;
    if (text == null) {
      text = rendering.get();
      rendered = text;
    }
    return text;
  }

  /** The same project with some services replaced (such as after {@link ServiceSpec#withImage}). */
  public ComposeProject withServices(Map<String, ServiceSpec> replacements) {
    List<ServiceSpec> changed =
        services.stream().map(s -> replacements.getOrDefault(s.name(), s)).toList();
    return new ComposeProject(changed, usedVariables, warnings, rendering);
  }

  @Override
  public String toString() {
    return "ComposeProject[services="
        + serviceNames()
        + ", variables="
        + usedVariables.stream().map(UsedVariable::name).toList()
        + ", warnings="
        + warnings.size()
        + "]";
  }
}
