package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.Diagnostics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is whose sidekick, from the {@code io.rancher.sidekicks} label ({@code "a, b"}). A sidekick
 * must be a service of the files, belong to one primary only, and not have sidekicks of its own.
 */
final class Sidekicks {
  static final String LABEL = "io.rancher.sidekicks";

  private final Map<String, List<String>> byPrimary = new LinkedHashMap<>();
  private final Map<String, String> primaryOf = new LinkedHashMap<>();

  Sidekicks(Map<String, ServiceDef> services, Diagnostics diagnostics) {
    for (ServiceDef service : services.values()) {
      String label = service.keyValues("labels").get(LABEL);
      if (label == null || label.isBlank()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String name :
          Arrays.stream(label.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
        String problem =
            name.equals(service.name())
                ? "a service cannot be its own sidekick"
                : !services.containsKey(name)
                    ? "the sidekick `" + name + "` is not a service of the files"
                    : primaryOf.containsKey(name)
                        ? "`" + name + "` is already a sidekick of `" + primaryOf.get(name) + "`"
                        : "";
        if (!problem.isEmpty()) {
          diagnostics.error(
              service.locationOf("labels"),
              service.pathOf("labels") + "." + LABEL,
              problem,
              "names of services defined in the compose files",
              Suggestions.didYouMean(name, services.keySet()));
          continue;
        }
        names.add(name);
        primaryOf.put(name, service.name());
      }
      byPrimary.put(service.name(), names);
    }
    for (Map.Entry<String, String> entry : primaryOf.entrySet()) {
      if (byPrimary.containsKey(entry.getKey()) && !byPrimary.get(entry.getKey()).isEmpty()) {
        ServiceDef nested = services.get(entry.getKey());
        diagnostics.error(
            nested.locationOf("labels"),
            nested.pathOf("labels") + "." + LABEL,
            "the sidekick `"
                + entry.getKey()
                + "` of `"
                + entry.getValue()
                + "` has sidekicks of its own",
            "",
            "list all of them in the label of `" + entry.getValue() + "`");
      }
    }
  }

  boolean isSidekick(String name) {
    return primaryOf.containsKey(name);
  }

  List<String> of(String primary) {
    return byPrimary.getOrDefault(primary, List.of());
  }
}
