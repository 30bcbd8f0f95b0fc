package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Service links as {@code serviceConsumeMap}s: {@code setservicelinks} (replace all; a body without
 * {@code serviceLinks} means none), {@code addservicelink}, {@code removeservicelink}. The
 * service's {@code linkedServices} (alias → id) follows.
 */
final class ServiceLinks {

  private record Wanted(String serviceId, String name, JsonNode ports) {}

  private final Store store;

  ServiceLinks(Store store) {
    this.store = store;
  }

  ObjectNode apply(ObjectNode service, String action, ObjectNode input) {
    String id = Resources.id(service);
    return store.atomically(
        () -> {
          List<ObjectNode> existing = mapsOf(id);
          switch (action) {
            case "setservicelinks" -> {
              List<Wanted> wanted = parse(input.path("serviceLinks"), service, "serviceLinks");
              existing.stream()
                  .filter(m -> wanted.stream().noneMatch(w -> same(m, w)))
                  .forEach(this::removeMap);
              wanted.stream()
                  .filter(w -> existing.stream().noneMatch(m -> same(m, w)))
                  .forEach(w -> createMap(service, w));
            }
            case "addservicelink" -> {
              Wanted w = parseOne(input.path("serviceLink"), service, "serviceLink");
              if (existing.stream().noneMatch(m -> same(m, w))) {
                createMap(service, w);
              }
            }
            case "removeservicelink" -> {
              Wanted w = parseOne(input.path("serviceLink"), service, "serviceLink");
              existing.stream()
                  .filter(m -> m.path("consumedServiceId").asText().equals(w.serviceId))
                  .forEach(this::removeMap);
            }
            default -> throw ApiError.invalidAction(action, "service");
          }
          return store.update(
              id,
              s -> {
                ObjectNode linked = s.putObject("linkedServices");
                for (ObjectNode map : mapsOf(id)) {
                  String alias = map.path("name").asText();
                  String target = map.path("consumedServiceId").asText();
                  String key =
                      alias.isEmpty()
                          ? store.get(target).map(Resources::name).orElse(target)
                          : alias;
                  linked.put(key, target);
                }
                return s.deepCopy();
              });
        });
  }

  void removeAllOf(String serviceId) {
    store.atomically(
        () -> {
          store
              .list(
                  m ->
                      Resources.isOfType(m, ResourceType.SERVICE_CONSUME_MAP)
                          && !Resources.isRemoved(m)
                          && (m.path("serviceId").asText().equals(serviceId)
                              || m.path("consumedServiceId").asText().equals(serviceId)))
              .forEach(this::removeMap);
          return null;
        });
  }

  private List<ObjectNode> mapsOf(String serviceId) {
    return store.list(
        m ->
            Resources.isOfType(m, ResourceType.SERVICE_CONSUME_MAP)
                && !Resources.isRemoved(m)
                && m.path("serviceId").asText().equals(serviceId));
  }

  private static boolean same(JsonNode map, Wanted w) {
    return map.path("consumedServiceId").asText().equals(w.serviceId)
        && map.path("name").asText("").equals(Objects.requireNonNullElse(w.name, ""));
  }

  private void createMap(ObjectNode service, Wanted w) {
    store.create(
        ResourceType.SERVICE_CONSUME_MAP,
        Resources.account(service),
        m -> {
          m.put("name", w.name == null ? "" : w.name);
          m.put("serviceId", Resources.id(service));
          m.put("consumedServiceId", w.serviceId);
          m.set(
              "ports",
              w.ports == null || w.ports.isNull()
                  ? Store.JSON.createArrayNode()
                  : w.ports.deepCopy());
          m.put("kind", "serviceConsumeMap");
          Resources.settle(m, "active");
        });
  }

  private void removeMap(ObjectNode map) {
    store.update(
        Resources.id(map),
        m -> {
          Resources.settle(m, "removed");
          m.put("removed", Store.formatTime(store.now()));
          return null;
        });
  }

  private List<Wanted> parse(JsonNode links, ObjectNode service, String field) {
    List<Wanted> wanted = new ArrayList<>();
    if (links.isMissingNode() || links.isNull()) {
      return wanted;
    }
    if (!links.isArray()) {
      throw ApiError.invalid(
          "InvalidType", field, "Field [" + field + "] must be an array of service links");
    }
    for (JsonNode link : links) {
      wanted.add(parseOne(link, service, field));
    }
    return wanted;
  }

  private Wanted parseOne(JsonNode link, ObjectNode service, String field) {
    if (!link.isObject() || !link.path("serviceId").isTextual()) {
      throw ApiError.invalid(
          "MissingRequired", "serviceId", "each entry of [" + field + "] needs a serviceId");
    }
    String target = link.path("serviceId").asText();
    boolean exists =
        store
            .get(target)
            .filter(
                t ->
                    Resources.isService(t)
                        && !Resources.isRemoved(t)
                        && Resources.account(t).equals(Resources.account(service)))
            .isPresent();
    if (!exists) {
      throw ApiError.invalid(
          "InvalidReference",
          "serviceId",
          "Field ["
              + field
              + "] links to service ["
              + target
              + "], which does not exist in this environment");
    }
    String name =
        link.path("name").isTextual() && !link.path("name").asText().isEmpty()
            ? link.path("name").asText()
            : null;
    return new Wanted(target, name, link.path("ports").isArray() ? link.path("ports") : null);
  }
}
