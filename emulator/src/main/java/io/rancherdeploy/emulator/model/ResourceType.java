package io.rancherdeploy.emulator.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The resource types the emulator stores, with Cattle's id prefixes (rancher-api.md §2.1) and the
 * links each resource carries. The v1 API shows {@code stack} as {@code environment} ({@code 1e…}).
 */
public enum ResourceType {
  PROJECT(
      "project", "projects", "1a", "project", List.of("stacks", "services", "hosts", "instances")),
  STACK("stack", "stacks", "1st", "stack", List.of("services", "account")),
  SERVICE("service", "services", "1s", "service", ServiceLinks.NAMES),
  LOAD_BALANCER_SERVICE(
      "loadBalancerService", "loadbalancerservices", "1s", "service", ServiceLinks.NAMES),
  DNS_SERVICE("dnsService", "dnsservices", "1s", "service", ServiceLinks.NAMES),
  EXTERNAL_SERVICE("externalService", "externalservices", "1s", "service", ServiceLinks.NAMES),
  CONTAINER(
      "container",
      "containers",
      "1i",
      "instance",
      List.of("account", "services", "hosts", "stack")),
  HOST("host", "hosts", "1h", "host", List.of("account", "instances")),
  SERVICE_CONSUME_MAP(
      "serviceConsumeMap", "serviceconsumemaps", "1scm", "serviceConsumeMap", List.of("account")),
  SERVICE_LOG("serviceLog", "servicelogs", "1sl", "serviceLog", List.of("account")),
  SETTING("setting", "settings", "", "setting", List.of()),
  PULL_TASK("pullTask", "pulltasks", "1pt", "pullTask", List.of("account")),
  VOLUME("volume", "volumes", "1v", "volume", List.of("account")),
  SECRET("secret", "secrets", "1se", "secret", List.of("account")),
  CERTIFICATE("certificate", "certificates", "1c", "certificate", List.of("account"));

  private final String apiName;
  private final String collection;
  private final String idPrefix;
  private final String baseType;
  private final List<String> linkNames;

  ResourceType(
      String apiName, String collection, String idPrefix, String baseType, List<String> linkNames) {
    this.apiName = apiName;
    this.collection = collection;
    this.idPrefix = idPrefix;
    this.baseType = baseType;
    this.linkNames = linkNames;
  }

  public String apiName() {
    return apiName;
  }

  /** The name as the given API version shows it ({@code environment} for stacks on v1). */
  public String apiName(ApiVersion version) {
    return this == STACK && version == ApiVersion.V1 ? "environment" : apiName;
  }

  public String collection(ApiVersion version) {
    return this == STACK && version == ApiVersion.V1 ? "environments" : collection;
  }

  public String idPrefix() {
    return idPrefix;
  }

  public String baseType() {
    return baseType;
  }

  public List<String> linkNames() {
    return linkNames;
  }

  public boolean isService() {
    return "service".equals(baseType);
  }

  public static Optional<ResourceType> byApiName(String name) {
    String wanted = name.equals("environment") ? "stack" : name;
    for (ResourceType type : values()) {
      if (type.apiName.equalsIgnoreCase(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The type behind a collection name, matched case-insensitively; {@code instances} lists
   * containers.
   */
  public static Optional<ResourceType> byCollection(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("instances")) {
      return Optional.of(CONTAINER);
    }
    if (lower.equals("environments")) {
      return Optional.of(STACK);
    }
    for (ResourceType type : values()) {
      if (type.collection.equals(lower)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static final class ServiceLinks {
    static final List<String> NAMES =
        List.of(
            "account",
            "consumedbyservices",
            "consumedservices",
            "stack",
            "instances",
            "serviceExposeMaps",
            "serviceLogs",
            "containerStats");
  }
}
