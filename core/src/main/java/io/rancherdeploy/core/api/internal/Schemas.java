package io.rancherdeploy.core.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schemas collection as the clients read it (rancher-api.md §2.5): collection links and
 * methods.
 */
public final class Schemas {
  /** One schema: where its collection is and which methods it allows. */
  public record Schema(
      String id, String collectionUrl, Set<String> collectionMethods, Set<String> resourceMethods) {
    public boolean canCreate() {
      return collectionMethods.contains("POST");
    }
  }

  private final String selfUrl;
  private final Map<String, Schema> byId;

  private Schemas(String selfUrl, Map<String, Schema> byId) {
    this.selfUrl = selfUrl;
    this.byId = Map.copyOf(byId);
  }

  public static Schemas parse(JsonNode collection, String requestedUrl) {
    Map<String, Schema> byId = new HashMap<>();
    for (JsonNode schema : collection.path("data")) {
      String id = schema.path("id").asText("");
      if (id.isEmpty()) {
        continue;
      }
      String collectionUrl = schema.path("links").path("collection").asText("");
      if (collectionUrl.isEmpty() && schema.hasNonNull("pluralName")) {
        collectionUrl =
            requestedUrl.replaceFirst("/schemas/?$", "") + "/" + schema.get("pluralName").asText();
      }
      byId.put(
          id.toLowerCase(Locale.ROOT),
          new Schema(
              id,
              collectionUrl,
              methods(schema, "collectionMethods"),
              methods(schema, "resourceMethods")));
    }
    String self = collection.path("links").path("self").asText(requestedUrl);
    return new Schemas(self.isEmpty() ? requestedUrl : self, byId);
  }

  private static Set<String> methods(JsonNode schema, String field) {
    Set<String> out = new HashSet<>();
    schema.path(field).forEach(m -> out.add(m.asText().toUpperCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /**
   * The schema by id, case-insensitively ({@code loadBalancerService} = {@code
   * loadbalancerservice}).
   */
  public Optional<Schema> find(String id) {
    return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
  }

  public String selfUrl() {
    return selfUrl;
  }

  public int size() {
    return byId.size();
  }
}
