package io.rancherdeploy.core.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Rancher 1.0/1.1 load balancer style ({@code image: rancher/load-balancer-service}, {@code
 * ports} = the listening ports, {@code links} = the targets, {@code
 * io.rancher.loadbalancer.target.<svc>} labels of the form {@code
 * [hostname][:source_port][/path]=target_port,...}) turned into 1.2+ port rules, as rancher-compose
 * converts it on the client (rancher-api.md §6.6). A target without a label gets one rule per
 * listening port with the same target port.
 */
final class LegacyLoadBalancer {
  static final String LABEL_PREFIX = "io.rancher.loadbalancer.";
  static final String TARGET_PREFIX = LABEL_PREFIX + "target.";

  private LegacyLoadBalancer() {}

  static boolean isLegacy(ServiceDef service) {
    return service
        .string("image")
        .map(i -> i.startsWith("rancher/load-balancer-service"))
        .orElse(false);
  }

  /** The listening ports as an LB's launch config holds them: {@code source:source/tcp}. */
  static List<String> listeningPorts(ServiceDef service) {
    return service.listOf("ports", PortMapping.class).stream()
        .map(p -> sourcePort(p) + ":" + sourcePort(p) + "/" + p.protocol())
        .distinct()
        .toList();
  }

  /**
   * The labels without the {@code io.rancher.loadbalancer.*} ones, which only describe the rules.
   */
  static Map<String, String> remainingLabels(ServiceDef service) {
    Map<String, String> labels = new LinkedHashMap<>(service.keyValues("labels"));
    labels.keySet().removeIf(key -> key.startsWith(LABEL_PREFIX));
    return labels;
  }

  static List<Map<String, Object>> portRules(ServiceDef service) {
    List<PortMapping> ports = service.listOf("ports", PortMapping.class);
    Map<String, String> labels = service.keyValues("labels");
    Set<Integer> sslPorts = portSet(labels.get(LABEL_PREFIX + "ssl.ports"));
    List<LinkRef> targets = new ArrayList<>(service.listOf("links", LinkRef.class));
    targets.addAll(service.listOf("external_links", LinkRef.class));
    List<Map<String, Object>> rules = new ArrayList<>();
    for (LinkRef target : targets) {
      String label =
          labels.getOrDefault(
              TARGET_PREFIX + target.effectiveAlias(), labels.get(TARGET_PREFIX + target.target()));
      if (label == null) {
        ports.forEach(
            p ->
                rules.add(
                    rule(
                        sourcePort(p),
                        p.containerPort(),
                        target.target(),
                        protocol(p, sslPorts),
                        "",
                        "")));
        continue;
      }
      for (String entry : label.split(",")) {
        rules.addAll(labelRules(entry.strip(), ports, target.target(), sslPorts));
      }
    }
    return rules;
  }

  private static List<Map<String, Object>> labelRules(
      String entry, List<PortMapping> ports, String service, Set<Integer> sslPorts) {
    int equals = entry.lastIndexOf('=');
    String left = equals < 0 ? (entry.matches("\\d+") ? "" : entry) : entry.substring(0, equals);
    String right = equals < 0 ? (entry.matches("\\d+") ? entry : "") : entry.substring(equals + 1);
    int slash = left.indexOf('/');
    String path = slash < 0 ? "" : left.substring(slash);
    String hostPort = slash < 0 ? left : left.substring(0, slash);
    String hostname = hostPort;
    int source = 0;
    if (hostPort.matches("\\d+")) {
      hostname = "";
      source = Integer.parseInt(hostPort);
    } else if (hostPort.contains(":")) {
      hostname = hostPort.substring(0, hostPort.lastIndexOf(':'));
      source = parse(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }
    List<Map<String, Object>> rules = new ArrayList<>();
    for (PortMapping port : ports) {
      if (source == 0 || sourcePort(port) == source) {
        int targetPort = right.matches("\\d+") ? Integer.parseInt(right) : port.containerPort();
        rules.add(
            rule(sourcePort(port), targetPort, service, protocol(port, sslPorts), hostname, path));
      }
    }
    return rules;
  }

  private static Map<String, Object> rule(
      int source, int target, String service, String protocol, String hostname, String path) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("sourcePort", (long) source);
    rule.put("targetPort", (long) target);
    rule.put("service", service);
    rule.put("protocol", protocol);
    if (!hostname.isEmpty()) {
      rule.put("hostname", hostname);
    }
    if (!path.isEmpty()) {
      rule.put("path", path);
    }
    return rule;
  }

  private static int sourcePort(PortMapping port) {
    return port.hostPort() > 0 ? port.hostPort() : port.containerPort();
  }

  private static String protocol(PortMapping port, Set<Integer> sslPorts) {
    if (port.protocol().equals("udp")) {
      return "udp";
    }
    return sslPorts.contains(sourcePort(port)) ? "https" : "http";
  }

  private static Set<Integer> portSet(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .map(LegacyLoadBalancer::parse)
        .filter(p -> p > 0)
        .collect(Collectors.toSet());
  }

  private static int parse(String text) {
    String digits = text.contains(":") ? text.substring(0, text.indexOf(':')) : text;
    return digits.matches("\\d{1,5}") ? Integer.parseInt(digits) : 0;
  }
}
