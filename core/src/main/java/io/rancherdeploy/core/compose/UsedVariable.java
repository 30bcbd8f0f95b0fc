package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.secret.Secret;
import java.util.Objects;

/**
 * A variable that the compose files referred to, with the value used (hidden behind {@link Secret},
 * so that printing the project never shows it) and where it came from, so callers can mask the
 * secret ones.
 */
public record UsedVariable(String name, Secret value, Source source) {
  /** Where a value came from, in the order the loader looks (first wins). */
  public enum Source {
    /** The explicit map of {@link ComposeSource.Builder#variables}: a Jenkins build's variables. */
    EXPLICIT,
    /** The process environment, when {@link ComposeSource.Builder#readProcessEnvironment} is on. */
    PROCESS_ENVIRONMENT,
    /** An env file; a later file overrides an earlier one. */
    ENV_FILE,
    /**
     * Not set anywhere: a default applied, or it became empty because unset variables were allowed.
     */
    UNSET
  }

  public UsedVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
