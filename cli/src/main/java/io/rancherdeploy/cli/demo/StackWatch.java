package io.rancherdeploy.cli.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.EmulatorControl;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * The demo's own eyes on the emulator, independent of rancher-deploy's client: which containers of
 * a service run, where and with which image. The demo checks each step with it, so a step passes
 * only when the server's state says so.
 */
final class StackWatch {
  private final EmulatorControl control;
  private final String stack;

  StackWatch(EmulatorControl control, String stack) {
    this.control = control;
    this.stack = stack;
  }

  Optional<ObjectNode> service(String name) {
    return control.service(stack, name);
  }

  /** The service's containers that run (and are healthy, when they have a health check). */
  List<ObjectNode> running(String service) {
    return service(service)
        .map(
            s ->
                control.containers(s.path("id").asText()).stream()
                    .filter(c -> "running".equals(c.path("state").asText()))
                    .filter(
                        c ->
                            !c.hasNonNull("healthState")
                                || "healthy".equals(c.path("healthState").asText()))
                    .toList())
        .orElse(List.of());
  }

  /** The hosts those containers run on, by name, sorted. */
  TreeSet<String> hostsOf(List<ObjectNode> containers) {
    TreeSet<String> hosts = new TreeSet<>();
    containers.forEach(c -> hosts.add(hostName(c.path("hostId").asText())));
    return hosts;
  }

  String hostName(String hostId) {
    return control
        .resource(hostId)
        .map(h -> h.path("hostname").asText(h.path("name").asText(hostId)))
        .orElse(hostId);
  }

  /** The host id of a host name. */
  Optional<String> hostId(String hostName) {
    return control.hosts().stream()
        .filter(h -> hostName.equals(h.path("hostname").asText()))
        .map(h -> h.path("id").asText())
        .findFirst();
  }

  static String image(ObjectNode container) {
    String uuid = container.path("imageUuid").asText("");
    return uuid.startsWith("docker:") ? uuid.substring("docker:".length()) : uuid;
  }

  /** Polls {@code condition} every 50 ms until it holds (true) or the deadline passes (false). */
  static boolean await(BooleanSupplier condition, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
