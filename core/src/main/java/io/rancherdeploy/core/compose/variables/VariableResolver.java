package io.rancherdeploy.core.compose.variables;

import io.rancherdeploy.core.compose.UsedVariable;
import io.rancherdeploy.core.secret.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Answers a variable's value from, in this order (first wins): the explicit map, the process
 * environment (when asked), then the env files (a later file overrides an earlier one, as with
 * several {@code --env-file}). Remembers every variable asked for, so the caller learns which
 * values went into the stack.
 */
public final class VariableResolver {
  private final Map<String, String> explicit;
  private final Map<String, String> process;
  private final Map<String, String> envFiles;
  private final Map<String, UsedVariable> used = new TreeMap<>();

  public VariableResolver(
      Map<String, String> explicit,
      Map<String, String> process,
      List<Map<String, String>> envFiles) {
    this.explicit = Map.copyOf(explicit);
    this.process = Map.copyOf(process);
    Map<String, String> merged = new LinkedHashMap<>();
    envFiles.forEach(merged::putAll);
    this.envFiles = merged;
  }

  /**
   * The value, or empty when the variable is set nowhere; records the variable as used either way.
   */
  public Optional<String> lookup(String name) {
    UsedVariable variable = resolve(name);
    used.putIfAbsent(name, variable);
    return variable.source() == UsedVariable.Source.UNSET
        ? Optional.empty()
        : Optional.of(variable.value().reveal());
  }

  /** Every variable looked up so far, by name. */
  public List<UsedVariable> used() {
    return List.copyOf(used.values());
  }

  private UsedVariable resolve(String name) {
    if (explicit.containsKey(name)) {
      return new UsedVariable(name, Secret.of(explicit.get(name)), UsedVariable.Source.EXPLICIT);
    }
    if (process.containsKey(name)) {
      return new UsedVariable(
          name, Secret.of(process.get(name)), UsedVariable.Source.PROCESS_ENVIRONMENT);
    }
    if (envFiles.containsKey(name)) {
      return new UsedVariable(name, Secret.of(envFiles.get(name)), UsedVariable.Source.ENV_FILE);
    }
    return new UsedVariable(name, Secret.of(""), UsedVariable.Source.UNSET);
  }
}
