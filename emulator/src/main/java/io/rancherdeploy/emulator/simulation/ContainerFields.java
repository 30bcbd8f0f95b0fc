package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Resources;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/**
 * The fields of a new container (rancher-api.md §6.4): its launch config, Rancher's labels,
 * identity.
 */
final class ContainerFields {

  static final String PRIMARY = "io.rancher.service.primary.launch.config";
  private static final Set<String> NOT_COPIED =
      Set.of("labels", "version", "name", "kind", "id", "type", "links", "actions", "baseType");

  private ContainerFields() {}

  static void fill(
      ObjectNode c,
      ObjectNode service,
      int unit,
      String launchConfigName,
      JsonNode launchConfig,
      String hostId,
      String containerName,
      String stackName) {
    String serviceName = Resources.name(service);
    launchConfig
        .fields()
        .forEachRemaining(
            f -> {
              if (!NOT_COPIED.contains(f.getKey())) {
                c.set(f.getKey(), f.getValue().deepCopy());
              }
            });
    c.put("name", containerName);
    c.put("kind", "container");
    ObjectNode labels = c.putObject("labels");
    launchConfig
        .path("labels")
        .fields()
        .forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
    String stackService =
        stackName + "/" + serviceName + (launchConfigName.isEmpty() ? "" : "/" + launchConfigName);
    String unitUuid =
        UUID.nameUUIDFromBytes(
                (Resources.id(service) + "/" + unit).getBytes(StandardCharsets.UTF_8))
            .toString();
    labels.put("io.rancher.stack.name", stackName);
    labels.put("io.rancher.stack_service.name", stackService);
    labels.put("io.rancher.project.name", stackName);
    labels.put("io.rancher.project_service.name", stackService);
    labels.put("io.rancher.service.deployment.unit", unitUuid);
    labels.put(
        "io.rancher.service.launch.config",
        launchConfigName.isEmpty() ? PRIMARY : launchConfigName);
    labels.put("io.rancher.container.uuid", c.path("uuid").asText());
    c.set("serviceIds", Resources.arrayOf(java.util.List.of(Resources.id(service))));
    c.put("stackId", service.path("stackId").asText());
    c.put("hostId", hostId);
    int n = Integer.parseInt(c.path("id").asText().substring(2));
    c.put("primaryIpAddress", "10.42." + (n / 250 % 250) + "." + (n % 250 + 2));
    c.put("externalId", sha256(c.path("uuid").asText()));
    c.put("deploymentUnitUuid", unitUuid);
    c.put("version", launchConfig.path("version").asText("0"));
    c.put("createIndex", unit);
    c.put("startCount", 0);
    c.putNull("firstRunning");
    c.putNull("healthState");
    c.putNull("exitCode");
    c.put("system", false);
    c.put("nativeContainer", false);
    c.put("_unit", unit);
    c.put("_launchConfig", launchConfigName);
    if (!c.has("ports")) {
      c.putArray("ports");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
