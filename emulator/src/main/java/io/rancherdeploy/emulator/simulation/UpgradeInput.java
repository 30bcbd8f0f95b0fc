package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.model.Validation;
import io.rancherdeploy.emulator.model.Validation.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code upgrade} action's input (rancher-api.md §4.3.2): validated, stored as {@code
 * upgrade.inServiceStrategy} with the previous configs, and the new launch configs put in place at
 * once with a new {@code version}. A sidekick sent as {@code imageUuid: rancher/none} is dropped.
 */
final class UpgradeInput {

  private UpgradeInput() {}

  static void apply(ObjectNode service, ObjectNode input) {
    if (input.path("toServiceStrategy").isObject() && !input.path("inServiceStrategy").isObject()) {
      throw ApiError.invalid(
          "InvalidOption",
          "toServiceStrategy",
          "toServiceStrategy upgrades are not emulated: use inServiceStrategy");
    }
    JsonNode strategyNode = input.path("inServiceStrategy");
    if (!strategyNode.isObject()) {
      throw ApiError.invalid(
          "MissingRequired", "inServiceStrategy", "Field [inServiceStrategy] is required");
    }
    ObjectNode given = (ObjectNode) strategyNode;
    Validation.types(
        given,
        Map.of(
            "batchSize",
            Kind.INT,
            "intervalMillis",
            Kind.INT,
            "startFirst",
            Kind.BOOLEAN,
            "launchConfig",
            Kind.OBJECT,
            "secondaryLaunchConfigs",
            Kind.ARRAY));
    if (!given.path("launchConfig").isObject() && !given.path("secondaryLaunchConfigs").isArray()) {
      throw ApiError.invalid(
          "InvalidOption",
          "inServiceStrategy",
          "inServiceStrategy needs a launchConfig or secondaryLaunchConfigs");
    }
    ServiceInput.checkSidekicks(given);
    boolean startFirst = given.path("startFirst").asBoolean(false);
    if (startFirst && service.path("retainIp").asBoolean(false)) {
      throw ApiError.invalid(
          "InvalidOption", "startFirst", "startFirst cannot be combined with retainIp");
    }
    int count = service.path("_upgrades").asInt() + 1;
    String version =
        UUID.nameUUIDFromBytes(
                (Resources.id(service) + "#" + count).getBytes(StandardCharsets.UTF_8))
            .toString();
    ObjectNode strategy = Store.JSON.createObjectNode();
    strategy.put("batchSize", Math.max(1, given.path("batchSize").asInt(1)));
    strategy.put("intervalMillis", Math.max(0, given.path("intervalMillis").asLong(2000)));
    strategy.put("startFirst", startFirst);
    strategy.set(
        "launchConfig",
        given.path("launchConfig").isObject()
            ? ServiceInput.launchConfig(normalizeImage(given.path("launchConfig")), version)
            : null);
    ArrayNode sidekicks = strategy.putArray("secondaryLaunchConfigs");
    given
        .path("secondaryLaunchConfigs")
        .forEach(lc -> sidekicks.add(ServiceInput.launchConfig(normalizeImage(lc), version)));
    strategy.set("previousLaunchConfig", service.path("launchConfig").deepCopy());
    strategy.set(
        "previousSecondaryLaunchConfigs", service.path("secondaryLaunchConfigs").deepCopy());
    ObjectNode upgrade = service.putObject("upgrade");
    upgrade.set("inServiceStrategy", strategy);
    upgrade.putNull("toServiceStrategy");
    service.put("_upgrades", count);
    if (strategy.path("launchConfig").isObject()) {
      service.set("launchConfig", strategy.path("launchConfig").deepCopy());
    }
    ArrayNode current =
        service.path("secondaryLaunchConfigs").isArray()
            ? (ArrayNode) service.path("secondaryLaunchConfigs")
            : service.putArray("secondaryLaunchConfigs");
    for (JsonNode sidekick : sidekicks) {
      String name = sidekick.path("name").asText();
      for (int i = current.size() - 1; i >= 0; i--) {
        if (current.get(i).path("name").asText().equals(name)) {
          current.remove(i);
        }
      }
      if (!sidekick.path("imageUuid").asText().equals("rancher/none")) {
        current.add(sidekick.deepCopy());
      }
    }
  }

  /** Rollback: the previous configs come back (their containers are current again). */
  static void restorePrevious(ObjectNode service) {
    JsonNode strategy = service.path("upgrade").path("inServiceStrategy");
    if (strategy.path("previousLaunchConfig").isObject()) {
      service.set("launchConfig", strategy.path("previousLaunchConfig").deepCopy());
    }
    if (strategy.path("previousSecondaryLaunchConfigs").isArray()) {
      service.set(
          "secondaryLaunchConfigs", strategy.path("previousSecondaryLaunchConfigs").deepCopy());
    }
  }

  /** Cattle prefixes images with {@code docker:} on upgrade. */
  private static JsonNode normalizeImage(JsonNode launchConfig) {
    if (!launchConfig.isObject()) {
      return launchConfig;
    }
    ObjectNode copy = ((ObjectNode) launchConfig).deepCopy();
    String image = copy.path("imageUuid").asText("");
    if (!image.isEmpty()
        && !image.startsWith("docker:")
        && !image.startsWith("sim:")
        && !image.equals("rancher/none")) {
      copy.put("imageUuid", "docker:" + image);
    }
    return copy;
  }
}
