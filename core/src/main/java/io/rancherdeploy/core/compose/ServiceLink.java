package io.rancherdeploy.core.compose;

import java.util.Objects;
import java.util.Optional;

/**
 * A link from {@code links} or {@code external_links}: the target service's compose name, the alias
 * (absent when the link has none, as rancher-compose sends no {@code name} then) and, for an
 * external link, the other stack's name.
 */
public record ServiceLink(String service, Optional<String> alias, Optional<String> stack) {
  public ServiceLink {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(stack, "stack");
  }

  public boolean external() {
    return stack.isPresent();
  }

  /**
   * The name the target is reachable by from the containers: the alias or else the service name.
   */
  public String dnsName() {
    return alias.orElse(service);
  }
}
