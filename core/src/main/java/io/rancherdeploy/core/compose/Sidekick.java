package io.rancherdeploy.core.compose;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sidekick (a service named in the primary's {@code io.rancher.sidekicks} label): its compose
 * name and its launch config, deep-immutable, in Rancher's field names, without the {@code name}
 * field.
 */
public record Sidekick(String name, Map<String, Object> launchConfig) {
  public Sidekick {
    Objects.requireNonNull(name, "name");
    launchConfig = DeepImmutable.map(launchConfig);
  }

  /**
   * The entry of {@code secondaryLaunchConfigs} as Rancher takes it: the launch config plus {@code
   * name}.
   */
  public Map<String, Object> secondaryLaunchConfig() {
    Map<String, Object> entry = new LinkedHashMap<>(launchConfig);
    entry.put("name", name);
    return DeepImmutable.map(entry);
  }

  /** The name only: the launch config holds interpolated values, which may be secrets. */
  @Override
  public String toString() {
    return "Sidekick[name=" + name + "]";
  }
}
