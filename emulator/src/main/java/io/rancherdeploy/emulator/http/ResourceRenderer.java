package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiVersion;
import io.rancherdeploy.emulator.model.Lifecycle;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Store;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a stored resource as Cattle does (rancher-api.md §2.1): {@code id, type, links, actions,
 * baseType}, then every other field alphabetically, nulls included; links and actions absolute and
 * lower-cased under the request's base; only the actions valid in the current state. On v1 a stack
 * is an {@code environment} ({@code 1e…}) and services point to it with {@code environmentId}.
 */
public final class ResourceRenderer {

  private ResourceRenderer() {}

  public static ObjectNode render(ObjectNode stored, String base, ApiVersion version) {
    ResourceType type = ResourceType.byApiName(stored.path("type").asText()).orElseThrow();
    String id = versionedId(stored.path("id").asText(), version);
    String self = selfLink(base, type, id, version);
    ObjectNode out = Store.JSON.createObjectNode();
    out.put("id", id);
    out.put("type", type.apiName(version));
    ObjectNode links = out.putObject("links");
    links.put("self", self);
    for (String link : type.linkNames()) {
      String name = version == ApiVersion.V1 && link.equals("stack") ? "environment" : link;
      links.put(name, self + "/" + name.toLowerCase(Locale.ROOT));
    }
    ObjectNode actions = out.putObject("actions");
    for (String action : Lifecycle.of(type).actionsIn(stored.path("state").asText())) {
      actions.put(action, self + "/?action=" + action);
    }
    out.put("baseType", type == ResourceType.STACK ? type.apiName(version) : type.baseType());
    Map<String, JsonNode> rest = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      if (!name.equals("id")
          && !name.equals("type")
          && !name.equals("baseType")
          && !name.startsWith("_")) {
        rest.put(
            version == ApiVersion.V1 && name.equals("stackId") ? "environmentId" : name,
            version == ApiVersion.V1 ? v1Ids(field.getValue()) : field.getValue());
      }
    }
    rest.forEach(out::set);
    return out;
  }

  public static String selfLink(String base, ResourceType type, String id, ApiVersion version) {
    return (base + "/" + type.collection(version) + "/" + id)
        .toLowerCase(Locale.ROOT)
        .replace(base.toLowerCase(Locale.ROOT), base);
  }

  /** The id as the version shows it: v1 calls a stack {@code 1e…}. */
  public static String versionedId(String id, ApiVersion version) {
    return version == ApiVersion.V1 && id.startsWith("1st") ? "1e" + id.substring(3) : id;
  }

  /** The stored id for an id a client sent (accepts v1 stack ids). */
  public static String storedId(String id) {
    return id.startsWith("1e") ? "1st" + id.substring(2) : id;
  }

  private static JsonNode v1Ids(JsonNode value) {
    if (value.isTextual() && value.asText().matches("1st\\d+")) {
      return Store.JSON.getNodeFactory().textNode("1e" + value.asText().substring(3));
    }
    return value;
  }
}
