package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiVersion;
import io.rancherdeploy.emulator.model.Lifecycle;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Store;
import java.util.List;
import java.util.Optional;

/**
 * The schemas the emulator publishes (rancher-api.md §2.5): every type the two real clients look
 * up, with the methods they check. A caller without a project (an account key on an unscoped URL)
 * gets the user-level view, where stacks, services and containers are read-only (§1.2, quirk §8.1).
 */
final class SchemaCatalog {

  private record Entry(
      String id, String collection, Optional<ResourceType> type, boolean creatable) {}

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry("apiVersion", "", Optional.empty(), false),
          new Entry("schema", "schemas", Optional.empty(), false),
          new Entry("project", "projects", Optional.of(ResourceType.PROJECT), false),
          new Entry("stack", "stacks", Optional.of(ResourceType.STACK), true),
          new Entry("service", "services", Optional.of(ResourceType.SERVICE), true),
          new Entry(
              "loadBalancerService",
              "loadbalancerservices",
              Optional.of(ResourceType.LOAD_BALANCER_SERVICE),
              true),
          new Entry("dnsService", "dnsservices", Optional.of(ResourceType.DNS_SERVICE), true),
          new Entry(
              "externalService",
              "externalservices",
              Optional.of(ResourceType.EXTERNAL_SERVICE),
              true),
          new Entry("container", "containers", Optional.of(ResourceType.CONTAINER), false),
          new Entry("instance", "instances", Optional.of(ResourceType.CONTAINER), false),
          new Entry("host", "hosts", Optional.of(ResourceType.HOST), false),
          new Entry(
              "serviceConsumeMap",
              "serviceconsumemaps",
              Optional.of(ResourceType.SERVICE_CONSUME_MAP),
              false),
          new Entry("serviceLog", "servicelogs", Optional.of(ResourceType.SERVICE_LOG), false),
          new Entry("setting", "settings", Optional.of(ResourceType.SETTING), false),
          new Entry("pullTask", "pulltasks", Optional.of(ResourceType.PULL_TASK), true),
          new Entry("volume", "volumes", Optional.of(ResourceType.VOLUME), false),
          new Entry("secret", "secrets", Optional.of(ResourceType.SECRET), false),
          new Entry("certificate", "certificates", Optional.of(ResourceType.CERTIFICATE), false),
          new Entry("subscribe", "subscribe", Optional.empty(), false),
          new Entry("hostAccess", "", Optional.empty(), false),
          new Entry("containerLogs", "", Optional.empty(), false));

  private SchemaCatalog() {}

  static ObjectNode collection(String base, ApiVersion version, boolean writable) {
    ObjectNode body = Collections.envelope("schema", base + "/schemas");
    ArrayNode data = body.putArray("data");
    for (Entry entry : ENTRIES) {
      data.add(schema(entry, base, version, writable));
    }
    return body;
  }

  static Optional<ObjectNode> one(String id, String base, ApiVersion version, boolean writable) {
    String wanted = version == ApiVersion.V1 && id.equalsIgnoreCase("environment") ? "stack" : id;
    // Cattle finds a schema by its plural name too: the CLI asks for schemas/schemas.
    return ENTRIES.stream()
        .filter(e -> e.id.equalsIgnoreCase(wanted) || e.collection.equalsIgnoreCase(wanted))
        .findFirst()
        .map(e -> schema(e, base, version, writable));
  }

  private static ObjectNode schema(Entry entry, String base, ApiVersion version, boolean writable) {
    String id = entry.id.equals("stack") && version == ApiVersion.V1 ? "environment" : entry.id;
    String collection =
        entry.collection.equals("stacks") && version == ApiVersion.V1
            ? "environments"
            : entry.collection;
    ObjectNode schema = Store.JSON.createObjectNode();
    schema.put("id", id);
    schema.put("type", "schema");
    ObjectNode links = schema.putObject("links");
    links.put("self", base + "/schemas/" + id.toLowerCase());
    if (!collection.isEmpty()) {
      links.put("collection", base + "/" + collection);
    }
    schema.putObject("actions");
    schema.put("pluralName", collection.isEmpty() ? id + "s" : collection);
    boolean rw = writable && entry.type.isPresent() && entry.type.get() != ResourceType.PROJECT;
    ArrayNode resourceMethods = schema.putArray("resourceMethods");
    ArrayNode collectionMethods = schema.putArray("collectionMethods");
    if (!collection.isEmpty()) {
      resourceMethods.add("GET");
      collectionMethods.add("GET");
    }
    if (rw) {
      resourceMethods.add("PUT");
      resourceMethods.add("DELETE");
    }
    if (writable && entry.creatable) {
      collectionMethods.add("POST");
    }
    schema.set("resourceFields", fields(entry));
    ObjectNode actions = schema.putObject("resourceActions");
    entry
        .type
        .map(Lifecycle::of)
        .ifPresent(l -> l.actionNames().forEach(a -> actions.putObject(a).put("output", entry.id)));
    ObjectNode filters = schema.putObject("collectionFilters");
    for (String f :
        List.of(
            "name", "state", "kind", "removed", "accountId", "stackId", "serviceId", "system")) {
      filters.putObject(f).putArray("modifiers").add("eq").add("ne").add("null").add("notnull");
    }
    schema.putObject("collectionActions");
    schema.putObject("collectionFields");
    schema.putArray("includeableLinks");
    return schema;
  }

  private static ObjectNode fields(Entry entry) {
    ObjectNode fields = Store.JSON.createObjectNode();
    if (entry.type.isPresent()) {
      fields
          .putObject("name")
          .put("type", "string")
          .put("create", true)
          .put("update", true)
          .put("nullable", true);
      fields.putObject("state").put("type", "string");
      fields.putObject("description").put("type", "string").put("create", true).put("update", true);
    }
    return fields;
  }
}
