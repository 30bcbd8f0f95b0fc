package io.rancherdeploy.core.deploy.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields that differ in the parts of a service whose hash changed (or in every part, when
 * forced).
 */
final class ConfigDiff {
  private ConfigDiff() {}

  static List<FieldChange> of(DesiredService want, RemoteService have, Changes changes) {
    List<FieldChange> fields = new ArrayList<>();
    if (changes.launchConfig()) {
      fields.addAll(FieldDiff.between("launchConfig", want.launchConfig(), have.launchConfig()));
    }
    for (String sidekick : changes.sidekicks()) {
      fields.addAll(
          FieldDiff.between(
              "sidekicks." + sidekick,
              want.sidekicks().get(sidekick),
              have.sidekicks().getOrDefault(sidekick, Map.of())));
    }
    for (String removed : changes.removedSidekicks()) {
      fields.add(
          new FieldChange(
              "sidekicks." + removed,
              java.util.Optional.of("present"),
              java.util.Optional.empty()));
    }
    if (changes.serviceFields()) {
      fields.addAll(FieldDiff.between("", want.serviceFields(), have.serviceFields()));
    }
    return fields;
  }
}
