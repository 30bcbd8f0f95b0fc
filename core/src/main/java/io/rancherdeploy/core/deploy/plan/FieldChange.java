package io.rancherdeploy.core.deploy.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * One field that differs between the running service and the files, by path ({@code
 * launchConfig.imageUuid}, {@code sidekicks.log.environment.LEVEL}). Values are as Rancher holds
 * them; they pass the secret masker before anyone sees them.
 */
public record FieldChange(String path, Optional<String> before, Optional<String> after) {
  public FieldChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  public String describe() {
    return path + ": " + before.orElse("(none)") + " -> " + after.orElse("(none)");
  }
}
