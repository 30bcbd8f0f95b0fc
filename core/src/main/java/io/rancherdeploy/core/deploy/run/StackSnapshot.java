package io.rancherdeploy.core.deploy.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.Filters;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.deploy.plan.ConfigHashes;
import io.rancherdeploy.core.deploy.plan.RemoteService;
import io.rancherdeploy.core.deploy.plan.RemoteState;
import io.rancherdeploy.core.deploy.plan.ServiceState;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the stack and its services in two requests and turns them into the planner's {@link
 * RemoteState}, keeping the live resources for the executor.
 */
public record StackSnapshot(Optional<Stack> stack, List<Service> services) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public StackSnapshot {
    services = List.copyOf(services);
  }

  public static StackSnapshot read(RancherClient client, String stackName) {
    Optional<Stack> stack = client.findByName(ResourceType.STACK, stackName);
    List<Service> services =
        stack
            .map(
                s ->
                    client
                        .list(ResourceType.SERVICE, Filters.where("stackId", s.id()).notRemoved())
                        .stream()
                        .filter(x -> !x.isRemoved())
                        .toList())
            .orElse(List.of());
    return new StackSnapshot(stack, services);
  }

  public Optional<Service> service(String name) {
    return services.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }

  public RemoteState toRemoteState() {
    Map<String, String> names = new HashMap<>();
    services.forEach(s -> names.put(s.id(), s.name()));
    return new RemoteState(
        stack.map(Stack::id), services.stream().map(s -> remote(s, names)).toList());
  }

  private static RemoteService remote(Service s, Map<String, String> names) {
    Map<String, Map<String, Object>> sidekicks = new LinkedHashMap<>();
    Map<String, String> sidekickHashes = new LinkedHashMap<>();
    for (ObjectNode sidekick : s.secondaryLaunchConfigs()) {
      String name = sidekick.path("name").asText("");
      sidekicks.put(name, map(sidekick));
      hash(sidekick).ifPresent(h -> sidekickHashes.put(name, h));
    }
    ConfigHashes hashes =
        new ConfigHashes(
            text(s.metadata().path(ServiceBodies.HASH_LABEL)),
            hash(s.launchConfig()),
            sidekickHashes);
    ObjectNode fields = s.json();
    List.of("launchConfig", "secondaryLaunchConfigs", "links", "actions").forEach(fields::remove);
    Map<String, String> links = new LinkedHashMap<>();
    s.field("linkedServices")
        .filter(JsonNode::isObject)
        .ifPresent(
            linked ->
                linked
                    .fields()
                    .forEachRemaining(
                        e ->
                            links.put(
                                e.getKey(),
                                names.getOrDefault(e.getValue().asText(), e.getValue().asText()))));
    return new RemoteService(
        s.id(),
        s.name(),
        ServiceTypes.kind(s),
        ServiceState.of(s.stateName()),
        s.scale(),
        hashes,
        map(s.launchConfig()),
        sidekicks,
        map(fields),
        links);
  }

  private static Optional<String> hash(JsonNode launchConfig) {
    return text(launchConfig.path("labels").path(ServiceBodies.HASH_LABEL));
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty()
        ? Optional.of(node.asText())
        : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(JsonNode node) {
    return node.isObject() ? JSON.convertValue(node, LinkedHashMap.class) : Map.of();
  }
}
