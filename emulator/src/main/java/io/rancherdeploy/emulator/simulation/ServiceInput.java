package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Relation;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.model.Validation;
import io.rancherdeploy.emulator.model.Validation.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks a service's create/update input as Cattle does, before anything changes. */
final class ServiceInput {

  /** Fields the server owns: ignored in input (clients echo them back). */
  static final Set<String> SERVER_OWNED =
      Set.of(
          "id",
          "type",
          "baseType",
          "links",
          "actions",
          "state",
          "transitioning",
          "transitioningMessage",
          "transitioningProgress",
          "accountId",
          "uuid",
          "created",
          "createdTS",
          "removed",
          "removeTime",
          "instanceIds",
          "currentScale",
          "healthState",
          "upgrade",
          "publicEndpoints",
          "linkedServices",
          "kind",
          "environmentId");

  static final Set<String> UPDATABLE =
      Set.of(
          "name",
          "description",
          "metadata",
          "scale",
          "scalePolicy",
          "retainIp",
          "selectorContainer",
          "selectorLink",
          "lbConfig",
          "publicEndpoints");

  static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry("name", Kind.STRING),
          Map.entry("stackId", Kind.STRING),
          Map.entry("scale", Kind.INT),
          Map.entry("launchConfig", Kind.OBJECT),
          Map.entry("secondaryLaunchConfigs", Kind.ARRAY),
          Map.entry("metadata", Kind.OBJECT),
          Map.entry("startOnCreate", Kind.BOOLEAN),
          Map.entry("retainIp", Kind.BOOLEAN),
          Map.entry("lbConfig", Kind.OBJECT),
          Map.entry("description", Kind.STRING),
          Map.entry("selectorContainer", Kind.STRING),
          Map.entry("selectorLink", Kind.STRING),
          Map.entry("scalePolicy", Kind.OBJECT),
          Map.entry("assignServiceIpAddress", Kind.BOOLEAN),
          Map.entry("externalIpAddresses", Kind.ARRAY),
          Map.entry("hostname", Kind.STRING),
          Map.entry("healthCheck", Kind.OBJECT));

  private ServiceInput() {}

  static void checkCreate(ObjectNode input, Store store, String project, boolean loadBalancer) {
    Validation.types(input, KINDS);
    String name = Validation.requiredString(input, "name");
    Validation.name("name", name);
    String stackId = Validation.requiredString(input, "stackId");
    JsonNode stack =
        store
            .get(stackId)
            .filter(s -> Resources.account(s).equals(project) && Resources.type(s).equals("stack"))
            .orElseThrow(
                () ->
                    ApiError.invalid(
                        "InvalidReference",
                        "stackId",
                        "Field [stackId] refers to stack [" + stackId + "], which does not exist"));
    if (Resources.isRemoved(stack) || Resources.state(stack).equals("removing")) {
      throw ApiError.invalid(
          "InvalidState", "stackId", "stack is not in a valid state: " + Resources.state(stack));
    }
    Validation.nonNegativeInt(input, "scale", 1);
    checkSidekicks(input);
    Set<String> names = new HashSet<>();
    names.add(name.toLowerCase(Locale.ROOT));
    for (JsonNode sidekick : input.path("secondaryLaunchConfigs")) {
      if (!names.add(sidekick.path("name").asText().toLowerCase(Locale.ROOT))) {
        throw ApiError.notUnique(
            "name",
            "Sidekick name ["
                + sidekick.path("name").asText()
                + "] is used twice in service "
                + name);
      }
    }
    for (ObjectNode other :
        store.list(Relation.SERVICES_OF_STACK, stackId, s -> !Resources.isRemoved(s))) {
      for (String taken : namesOf(other)) {
        if (names.contains(taken)) {
          throw ApiError.notUnique(
              "name",
              "Service name [" + taken + "] is already used in stack " + Resources.name(stack));
        }
      }
    }
    if (input.path("lbConfig").isObject()) {
      checkPortRules(input.path("lbConfig"), store, project, loadBalancer);
    }
  }

  static void checkUpdate(ObjectNode input, ObjectNode service, Store store) {
    Validation.types(input, KINDS);
    Validation.nonNegativeInt(input, "scale", 1);
    if (input.hasNonNull("name")
        && !input.path("name").asText().equalsIgnoreCase(Resources.name(service))) {
      Validation.name("name", input.path("name").asText());
      String wanted = input.path("name").asText().toLowerCase(Locale.ROOT);
      boolean taken =
          store
              .list(
                  Relation.SERVICES_OF_STACK,
                  service.path("stackId").asText(),
                  s -> !Resources.isRemoved(s) && !Resources.id(s).equals(Resources.id(service)))
              .stream()
              .anyMatch(s -> namesOf(s).contains(wanted));
      if (taken) {
        throw ApiError.notUnique(
            "name",
            "Service name [" + input.path("name").asText() + "] is already used in the stack");
      }
    }
    if (input.path("lbConfig").isObject()) {
      checkPortRules(
          input.path("lbConfig"),
          store,
          Resources.account(service),
          Resources.type(service).equals("loadBalancerService"));
    }
  }

  private static Set<String> namesOf(JsonNode service) {
    Set<String> names = new HashSet<>();
    names.add(Resources.name(service).toLowerCase(Locale.ROOT));
    service
        .path("secondaryLaunchConfigs")
        .forEach(s -> names.add(s.path("name").asText().toLowerCase(Locale.ROOT)));
    return names;
  }

  static void checkSidekicks(ObjectNode input) {
    int i = 0;
    for (JsonNode sidekick : input.path("secondaryLaunchConfigs")) {
      if (!sidekick.isObject()
          || !sidekick.path("name").isTextual()
          || sidekick.path("name").asText().isEmpty()) {
        throw ApiError.invalid(
            "MissingRequired",
            "secondaryLaunchConfigs",
            "secondaryLaunchConfigs[" + i + "] must be an object with a name");
      }
      i++;
    }
  }

  private static void checkPortRules(
      JsonNode lbConfig, Store store, String project, boolean loadBalancer) {
    io.rancherdeploy.emulator.model.Certificates.checkReferences(lbConfig, store, project);
    int i = 0;
    for (JsonNode rule : lbConfig.path("portRules")) {
      String at = "lbConfig.portRules[" + i++ + "]";
      boolean byService =
          rule.path("serviceId").isTextual() && !rule.path("serviceId").asText().isEmpty();
      boolean bySelector =
          rule.path("selector").isTextual() && !rule.path("selector").asText().isEmpty();
      if (loadBalancer && byService == bySelector) {
        throw ApiError.invalid(
            "InvalidOption", "portRules", at + " needs exactly one of serviceId and selector");
      }
      if (byService && !rule.path("targetPort").canConvertToInt()) {
        throw ApiError.invalid(
            "MissingRequired", "targetPort", at + ".targetPort is required with serviceId");
      }
      if (rule.path("sourcePort").asInt() == 42) {
        throw ApiError.invalid(
            "InvalidPort", "sourcePort", at + ".sourcePort 42 is reserved for health checks");
      }
      if (byService
          && store
              .get(rule.path("serviceId").asText())
              .filter(
                  s ->
                      Resources.isService(s)
                          && Resources.account(s).equals(project)
                          && !Resources.isRemoved(s))
              .isEmpty()) {
        throw ApiError.invalid(
            "InvalidReference",
            "serviceId",
            at
                + ".serviceId ["
                + rule.path("serviceId").asText()
                + "] is not a service of this environment");
      }
    }
  }

  /** The input without the fields the server owns. */
  static ObjectNode accepted(ObjectNode input) {
    ObjectNode kept = Store.JSON.createObjectNode();
    input
        .fields()
        .forEachRemaining(
            f -> {
              if (!SERVER_OWNED.contains(f.getKey()) && !f.getKey().startsWith("_")) {
                kept.set(f.getKey(), f.getValue().deepCopy());
              }
            });
    return kept;
  }

  /**
   * A launch config as stored: the client's echo of links/actions/id/type dropped, version stamped.
   */
  static ObjectNode launchConfig(JsonNode given, String version) {
    ObjectNode config =
        given.isObject() ? ((ObjectNode) given).deepCopy() : Store.JSON.createObjectNode();
    for (String echo : List.of("links", "actions", "id", "type", "baseType")) {
      config.remove(echo);
    }
    config.put("version", version);
    return config;
  }
}
