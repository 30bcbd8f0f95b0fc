package io.rancherdeploy.emulator.balancer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a load balancer service's port rules ({@code lbConfig.portRules}, Rancher 1.2+): which
 * source ports it listens on, and which target services a request on one of them may go to. A rule
 * with a hostname or a path only takes requests that match it, as HAProxy's ACLs would.
 */
final class PortRules {

  private PortRules() {}

  static Set<Integer> sourcePorts(JsonNode balancer) {
    Set<Integer> ports = new TreeSet<>();
    for (JsonNode rule : balancer.path("lbConfig").path("portRules")) {
      if (rule.path("sourcePort").canConvertToInt() && rule.path("sourcePort").asInt() > 0) {
        ports.add(rule.path("sourcePort").asInt());
      }
    }
    for (JsonNode published : balancer.path("launchConfig").path("ports")) {
      String text = published.asText().replaceAll("/.*$", "");
      String[] parts = text.split(":");
      if (parts.length >= 1 && parts[0].matches("\\d+")) {
        ports.add(Integer.parseInt(parts[0]));
      }
    }
    return ports;
  }

  static List<String> targets(JsonNode balancer, int sourcePort, String hostHeader, String path) {
    String host = hostHeader.replaceAll(":\\d+$", "").toLowerCase(Locale.ROOT);
    List<String> services = new ArrayList<>();
    for (JsonNode rule : balancer.path("lbConfig").path("portRules")) {
      String ruleHost = rule.path("hostname").asText("").toLowerCase(Locale.ROOT);
      String rulePath = rule.path("path").asText("");
      String serviceId = rule.path("serviceId").asText("");
      if (rule.path("sourcePort").asInt() == sourcePort
          && !serviceId.isEmpty()
          && (ruleHost.isEmpty() || ruleHost.equals(host))
          && (rulePath.isEmpty() || path.startsWith(rulePath))
          && !services.contains(serviceId)) {
        services.add(serviceId);
      }
    }
    return services;
  }
}
