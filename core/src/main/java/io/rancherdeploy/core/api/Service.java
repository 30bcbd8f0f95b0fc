package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A service of any kind ({@code service}, {@code loadBalancerService}, {@code dnsService}, {@code
 * externalService}). Launch configs come back as JSON copies, complete with every field Rancher
 * sent.
 */
public final class Service extends Resource {
  public Service(ObjectNode json) {
    super(json);
  }

  @Override
  public Service withJson(ObjectNode json) {
    return new Service(json);
  }

  /** The stack's id ({@code stackId}, or v1's {@code environmentId}). */
  public String stackId() {
    return text("stackId").or(() -> text("environmentId")).orElse("");
  }

  public int scale() {
    return number("scale").map(Long::intValue).orElse(0);
  }

  public Optional<Integer> currentScale() {
    return number("currentScale").map(Long::intValue);
  }

  /** The primary launch config; an empty object when the server sent none. */
  public ObjectNode launchConfig() {
    return Views.objectOrEmpty(raw("launchConfig"));
  }

  /** The sidekicks' launch configs, each with its {@code name}. */
  public List<ObjectNode> secondaryLaunchConfigs() {
    return Views.objects(raw("secondaryLaunchConfigs"));
  }

  /** {@code launchConfig.imageUuid}, e.g. {@code docker:redis:3.2-alpine}. */
  public Optional<String> imageUuid() {
    JsonNode image = raw("launchConfig").path("imageUuid");
    return image.isTextual() ? Optional.of(image.asText()) : Optional.empty();
  }

  public ObjectNode metadata() {
    return Views.objectOrEmpty(raw("metadata"));
  }

  /**
   * The {@code upgrade} field ({@code inServiceStrategy} with the previous launch configs), when
   * set.
   */
  public Optional<ObjectNode> upgrade() {
    JsonNode upgrade = raw("upgrade");
    return upgrade.isObject() ? Optional.of(((ObjectNode) upgrade).deepCopy()) : Optional.empty();
  }

  public List<String> instanceIds() {
    return Views.strings(raw("instanceIds"));
  }

  public List<ObjectNode> publicEndpoints() {
    return Views.objects(raw("publicEndpoints"));
  }
}
