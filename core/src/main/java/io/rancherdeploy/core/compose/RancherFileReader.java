package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The top level of rancher-compose.yml: v1 (services at the top) or v2 ({@code version}, {@code
 * services}).
 */
final class RancherFileReader {
  private final Values values;
  private final RancherServiceReader services;

  RancherFileReader(Values values) {
    this.values = values;
    this.services = new RancherServiceReader(values);
  }

  /** The services by name, in file order. */
  Map<String, ServiceDef> read(YamlNode root) {
    Map<String, ServiceDef> result = new LinkedHashMap<>();
    if (!(root instanceof YamlMap map)) {
      values.diagnostics().wrongType(root, "", "a mapping of services");
      return result;
    }
    boolean v2 = map.entry("version").isPresent();
    YamlMap servicesMap = map;
    String prefix = "";
    if (v2) {
      servicesMap =
          map.get("services")
              .flatMap(s -> values.map(s, "services"))
              .orElse(new YamlMap(java.util.List.of(), map.location()));
      prefix = "services.";
    }
    for (YamlMap.Entry entry : servicesMap.entries()) {
      if (!v2 && entry.name().equals(".catalog")) {
        values
            .diagnostics()
            .warn(
                entry.key().location(),
                entry.name(),
                "catalog questions are not asked by"
                    + " rancher-deploy; pass the answers as variables");
        continue;
      }
      services.read(entry, prefix + entry.name()).ifPresent(def -> result.put(def.name(), def));
    }
    if (v2) {
      for (YamlMap.Entry entry : map.entries()) {
        if (!entry.name().equals("version") && !entry.name().equals("services")) {
          values
              .diagnostics()
              .warn(
                  entry.key().location(),
                  entry.name(),
                  "rancher-compose ignores the top-level" + " key `" + entry.name() + "`",
                  entry.name().equals(".catalog") ? "pass catalog answers as variables" : "");
        }
      }
    }
    return result;
  }
}
