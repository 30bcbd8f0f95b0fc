package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Relation;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields Cattle derives from a service's containers: {@code instanceIds}, {@code currentScale},
 * {@code publicEndpoints} and {@code healthState} (rancher-api.md §6.1), and the stack's aggregate
 * health.
 */
final class ServiceHealth {

  private static final List<String> EVALUATED =
      List.of(
          "active",
          "activating",
          "updating-active",
          "upgrading",
          "upgraded",
          "finishing-upgrade",
          "rolling-back",
          "restarting",
          "canceled-upgrade",
          "canceling-upgrade");

  private final Store store;

  /** Per stack, what its last refresh read (the simulation thread alone refreshes). */
  private final Map<String, StackInputs> seen = new HashMap<>();

  ServiceHealth(Store store) {
    this.store = store;
  }

  void refresh(String serviceId) {
    List<ObjectNode> all =
        store.list(Relation.CONTAINERS_OF_SERVICE, serviceId, c -> !Resources.isRemoved(c));
    Contribution mine =
        store.update(
            serviceId,
            s -> {
              Map<String, JsonNode> configs = LaunchConfigs.of(s);
              s.set("instanceIds", Resources.arrayOf(all.stream().map(Resources::id).toList()));
              s.put(
                  "currentScale",
                  all.stream()
                      .filter(
                          c ->
                              c.path("_launchConfig").asText().isEmpty()
                                  && Resources.state(c).equals("running"))
                      .count());
              s.set("publicEndpoints", endpoints(all, serviceId));
              if (EVALUATED.contains(Resources.state(s))) {
                s.put("healthState", healthOf(s, all, configs));
              }
              return new Contribution(
                  s.path("stackId").asText(),
                  Resources.isRemoved(s),
                  s.path("healthState").asText("healthy"));
            });
    if (stackMayChange(serviceId, mine)) {
      refreshStack(mine.stackId());
    }
  }

  /**
   * Whether the stack's aggregate (its live services and their health) can differ from what its
   * last refresh saw: this service's part changed, or a service joined the stack since. The parts
   * change only here (health) and in the evaluate that removes a service (which refreshes it); a
   * newcomer shows in the index's count. So an unchanged part spares a scan of every service.
   */
  private boolean stackMayChange(String serviceId, Contribution mine) {
    StackInputs last = seen.get(mine.stackId());
    if (last == null || last.indexed() != store.count(Relation.SERVICES_OF_STACK, mine.stackId())) {
      return true;
    }
    String known = last.health().get(serviceId);
    return mine.removed() ? known != null : !mine.health().equals(known);
  }

  private static String healthOf(
      JsonNode service, List<ObjectNode> all, Map<String, JsonNode> configs) {
    List<ObjectNode> running =
        all.stream().filter(c -> Resources.state(c).equals("running")).toList();
    if (!all.isEmpty()
        && all.stream().allMatch(ServiceHealth::startOnce)
        && all.stream()
            .allMatch(
                c -> Resources.state(c).equals("stopped") && c.path("startCount").asInt() > 0)) {
      return all.stream().allMatch(c -> c.path("exitCode").asInt() == 0)
          ? "started-once"
          : "unhealthy";
    }
    long healthy =
        running.stream()
            .filter(
                c ->
                    c.path("healthState").isNull()
                        || c.path("healthState").asText().equals("healthy"))
            .count();
    long expected = (long) service.path("scale").asInt(1) * configs.size();
    if (healthy >= expected) {
      return "healthy";
    }
    if (running.stream()
        .anyMatch(c -> c.path("healthState").asText().matches("initializing|reinitializing"))) {
      return "initializing";
    }
    return healthy > 0 ? "degraded" : "unhealthy";
  }

  private static boolean startOnce(JsonNode c) {
    return "true".equals(c.path("labels").path(Containers.START_ONCE).asText());
  }

  private ArrayNode endpoints(List<ObjectNode> all, String serviceId) {
    ArrayNode endpoints = Store.JSON.createArrayNode();
    for (ObjectNode c : all) {
      if (!Resources.state(c).equals("running")) {
        continue;
      }
      String ip =
          store
              .get(c.path("hostId").asText())
              .map(h -> h.path("agentIpAddress").asText())
              .orElse("");
      for (String port : Placement.hostPorts(c)) {
        ObjectNode endpoint = endpoints.addObject();
        endpoint.put("ipAddress", ip);
        endpoint.put("port", Integer.parseInt(port.split("/")[0]));
        endpoint.put("hostId", c.path("hostId").asText());
        endpoint.put("instanceId", Resources.id(c));
        endpoint.put("serviceId", serviceId);
      }
    }
    return endpoints;
  }

  void refreshStack(String stackId) {
    if (store.read(stackId, s -> Boolean.TRUE).isEmpty()) {
      return;
    }
    int indexed = store.count(Relation.SERVICES_OF_STACK, stackId);
    List<Member> services =
        store.read(
            Relation.SERVICES_OF_STACK,
            stackId,
            s -> !Resources.isRemoved(s),
            s -> new Member(Resources.id(s), s.path("healthState").asText("healthy")));
    store.update(
        stackId,
        st -> {
          st.set("serviceIds", Resources.arrayOf(services.stream().map(Member::id).toList()));
          List<String> states = services.stream().map(Member::health).toList();
          String health;
          if (states.stream().allMatch(h -> h.equals("healthy") || h.equals("started-once"))) {
            health = "healthy";
          } else if (states.contains("initializing")) {
            health = "initializing";
          } else {
            health = states.contains("healthy") ? "degraded" : "unhealthy";
          }
          st.put("healthState", health);
          return null;
        });
    Map<String, String> health = new HashMap<>();
    services.forEach(m -> health.put(m.id(), m.health()));
    seen.put(stackId, new StackInputs(indexed, health));
  }

  /** What the stack's aggregate needs of one of its services, read without copying it. */
  private record Member(String id, String health) {}

  /** A service's part in its stack's aggregate, as a refresh left it. */
  private record Contribution(String stackId, boolean removed, String health) {}

  /** What a stack's last refresh read: the index's count and each live service's health. */
  private record StackInputs(int indexed, Map<String, String> health) {}
}
