package io.rancherdeploy.core.deploy.plan;

import java.util.Objects;
import java.util.Optional;

/** A link from one service to {@code target} (in this stack, or in {@code stack} when external). */
public record ServiceLink(String target, String alias, Optional<String> stack) {
  public ServiceLink {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(stack, "stack");
  }

  public static ServiceLink internal(String target, String alias) {
    return new ServiceLink(target, alias, Optional.empty());
  }

  public boolean external() {
    return stack.isPresent();
  }
}
