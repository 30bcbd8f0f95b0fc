package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cattle's scheduler, simplified: a deployment unit (primary + sidekicks) goes to one active host
 * of the environment where none of its host ports is taken, preferring the host with the fewest
 * containers of the service, then the fewest containers, then the lowest id. {@code
 * requestedHostId} pins it.
 */
final class Placement {

  private final Store store;

  Placement(Store store) {
    this.store = store;
  }

  /** The host for a new unit, or empty with the reason in {@link #whyNot}. */
  Optional<String> choose(ObjectNode service, List<JsonNode> launchConfigs) {
    String project = Resources.account(service);
    Set<String> ports = new HashSet<>();
    launchConfigs.forEach(lc -> ports.addAll(hostPorts(lc)));
    Optional<String> pinned =
        launchConfigs.get(0).path("requestedHostId").isTextual()
            ? Optional.of(launchConfigs.get(0).path("requestedHostId").asText())
            : Optional.empty();
    List<Live> live =
        store.read(
            r -> Resources.isContainer(r) && Resources.account(r).equals(project) && isLive(r),
            Live::of);
    return store
        .list(
            h ->
                Resources.type(h).equals("host")
                    && Resources.account(h).equals(project)
                    && Resources.state(h).equals("active")
                    && !Resources.isRemoved(h))
        .stream()
        .filter(h -> pinned.map(p -> p.equals(Resources.id(h))).orElse(true))
        .filter(h -> portsFree(h, ports, live))
        .min(
            Comparator.<ObjectNode>comparingLong(h -> count(live, h, Resources.id(service)))
                .thenComparingLong(h -> count(live, h, null))
                .thenComparingInt(h -> Integer.parseInt(Resources.id(h).substring(2))))
        .map(Resources::id);
  }

  /** What placing needs of a live container, read without copying it. */
  private record Live(String hostId, List<String> serviceIds, Set<String> ports) {
    static Live of(JsonNode c) {
      return new Live(
          c.path("hostId").asText(),
          Resources.strings(c.path("serviceIds")),
          Placement.hostPorts(c));
    }
  }

  String whyNot(ObjectNode service, List<JsonNode> launchConfigs) {
    Set<String> ports = new HashSet<>();
    launchConfigs.forEach(lc -> ports.addAll(hostPorts(lc)));
    return "Scheduling failed: no active host can run a container of service "
        + Resources.name(service)
        + (ports.isEmpty() ? "" : " with host ports " + ports + " free");
  }

  private static boolean isLive(JsonNode container) {
    String state = Resources.state(container);
    return !Resources.isRemoved(container) && !state.equals("removing") && !state.equals("stopped");
  }

  private static boolean portsFree(ObjectNode host, Set<String> ports, List<Live> live) {
    if (ports.isEmpty()) {
      return true;
    }
    return live.stream()
        .filter(c -> c.hostId().equals(Resources.id(host)))
        .noneMatch(c -> c.ports().stream().anyMatch(ports::contains));
  }

  private static long count(List<Live> live, ObjectNode host, String serviceId) {
    return live.stream()
        .filter(c -> c.hostId().equals(Resources.id(host)))
        .filter(c -> serviceId == null || c.serviceIds().contains(serviceId))
        .count();
  }

  /** Host ports of {@code "8080:80/tcp"} style entries ({@code "80/tcp"} binds none). */
  static Set<String> hostPorts(JsonNode launchConfig) {
    Set<String> ports = new HashSet<>();
    for (JsonNode port : launchConfig.path("ports")) {
      String spec = port.asText();
      String[] parts = spec.split("/")[0].split(":");
      if (parts.length >= 2) {
        String protocol = spec.contains("/") ? spec.substring(spec.indexOf('/') + 1) : "tcp";
        ports.add(parts[parts.length - 2] + "/" + protocol);
      }
    }
    return ports;
  }
}
