package io.rancherdeploy.core.api;

import java.util.List;

/**
 * What {@link RancherClient#listEnvironments} finds: every environment the key sees, which one the
 * endpoint's name or id picks (without failing when none or several do), and the warnings for the
 * user (e.g. that TLS verification is off).
 */
public record EnvironmentListing(
    List<Environment> environments, EnvironmentChoice choice, List<String> warnings) {
  public EnvironmentListing {
    environments = List.copyOf(environments);
    warnings = List.copyOf(warnings);
  }
}
