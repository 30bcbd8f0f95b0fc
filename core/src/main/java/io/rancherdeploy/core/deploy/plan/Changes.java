package io.rancherdeploy.core.deploy.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which parts of a service differ between the files and the server, by their config hashes: the
 * service-level fields, the primary launch config, and the sidekicks (changed or new, and removed).
 */
record Changes(
    boolean serviceFields,
    boolean launchConfig,
    List<String> sidekicks,
    List<String> removedSidekicks) {
  static final Changes NONE = new Changes(false, false, List.of(), List.of());

  Changes {
    sidekicks = List.copyOf(sidekicks);
    removedSidekicks = List.copyOf(removedSidekicks);
  }

  static Changes between(DesiredService desired, RemoteService remote) {
    ConfigHashes want = desired.hashes();
    ConfigHashes have = remote.hashes();
    List<String> sidekicks = new ArrayList<>();
    want.sidekicks()
        .forEach(
            (name, hash) -> {
              if (!Objects.equals(have.sidekicks().get(name), hash)) {
                sidekicks.add(name);
              }
            });
    List<String> removed =
        remote.sidekicks().keySet().stream()
            .filter(name -> !want.sidekicks().containsKey(name))
            .sorted()
            .toList();
    return new Changes(
        !want.service().equals(have.service()),
        !want.launchConfig().equals(have.launchConfig()),
        sidekicks.stream().sorted().toList(),
        removed);
  }

  /** Everything, as for a forced upgrade: the primary and every sidekick in the files. */
  static Changes all(DesiredService desired, RemoteService remote) {
    Changes found = between(desired, remote);
    return new Changes(
        found.serviceFields,
        true,
        List.copyOf(desired.sidekicks().keySet()),
        found.removedSidekicks);
  }

  boolean containers() {
    return launchConfig || !sidekicks.isEmpty() || !removedSidekicks.isEmpty();
  }

  boolean any() {
    return serviceFields || containers();
  }

  String describe() {
    List<String> parts = new ArrayList<>();
    if (launchConfig) {
      parts.add("launch config changed");
    }
    if (!sidekicks.isEmpty()) {
      parts.add("sidekicks changed: " + String.join(", ", sidekicks));
    }
    if (!removedSidekicks.isEmpty()) {
      parts.add("sidekicks removed: " + String.join(", ", removedSidekicks));
    }
    if (serviceFields) {
      parts.add("service fields changed");
    }
    return parts.isEmpty() ? "nothing changed" : String.join("; ", parts);
  }
}
