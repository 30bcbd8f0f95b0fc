package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Resources;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's launch configs by name ({@code ""} = primary), sidekicks marked {@code rancher/none}
 * left out.
 */
final class LaunchConfigs {

  private LaunchConfigs() {}

  static Map<String, JsonNode> of(JsonNode service) {
    Map<String, JsonNode> configs = new LinkedHashMap<>();
    configs.put("", service.path("launchConfig"));
    for (JsonNode sidekick : service.path("secondaryLaunchConfigs")) {
      if (!sidekick.path("imageUuid").asText().equals("rancher/none")) {
        configs.put(sidekick.path("name").asText(), sidekick);
      }
    }
    return configs;
  }

  static boolean isCurrent(JsonNode container, Map<String, JsonNode> configs) {
    JsonNode config = configs.get(container.path("_launchConfig").asText());
    return config != null
        && config.path("version").asText("0").equals(container.path("version").asText());
  }

  static boolean hasHealthCheck(JsonNode container) {
    return container.path("healthCheck").isObject();
  }

  /** Running, and healthy when it has a health check: what an upgrade batch waits for. */
  static boolean isReady(JsonNode container) {
    return Resources.state(container).equals("running")
        && (!hasHealthCheck(container) || container.path("healthState").asText().equals("healthy"));
  }

  static String containerName(String stack, JsonNode service, String launchConfig, int unit) {
    return stack
        + "-"
        + Resources.name(service)
        + (launchConfig.isEmpty() ? "" : "-" + launchConfig)
        + "-"
        + unit;
  }

  static void stampVersion(ObjectNode launchConfig, String version) {
    launchConfig.put("version", version);
  }
}
