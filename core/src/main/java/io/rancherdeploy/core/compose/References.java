package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what one service says about others, before anything reaches the server: images are set,
 * links, depends_on and load balancer port rules name services that exist, port rules are complete,
 * external services have a target, and rancher-compose.yml does not describe services the compose
 * files lack.
 */
final class References {
  private final Map<String, ServiceDef> services;
  private final Map<String, ServiceDef> rancher;
  private final Sidekicks sidekicks;
  private final Diagnostics diagnostics;

  References(
      Map<String, ServiceDef> services,
      Map<String, ServiceDef> rancher,
      Sidekicks sidekicks,
      Diagnostics diagnostics) {
    this.services = services;
    this.rancher = rancher;
    this.sidekicks = sidekicks;
    this.diagnostics = diagnostics;
  }

  void check() {
    Map<String, String> lowerCase = new java.util.HashMap<>();
    for (ServiceDef service : services.values()) {
      String other =
          lowerCase.putIfAbsent(service.name().toLowerCase(java.util.Locale.ROOT), service.name());
      if (other != null) {
        diagnostics.error(
            service.location(),
            service.path(),
            "`"
                + service.name()
                + "` and `"
                + other
                + "` differ only in case; Rancher service names are unique regardless of case",
            "",
            "rename one");
      }
      if (ServiceTypes.detect(service, Optional.ofNullable(rancher.get(service.name())))
              == ServiceType.EXTERNAL
          && !rancher.containsKey(service.name())) {
        diagnostics.error(
            service.location(),
            service.path(),
            "an external service needs `external_ips` or" + " `hostname` in rancher-compose.yml",
            "external_ips: [1.2.3.4] or hostname: db.example.com",
            "");
      }
      if (service.string("image").filter(i -> !i.isBlank()).isEmpty()) {
        diagnostics.error(
            service.location(),
            service.path(),
            "the service has no `image`",
            "image: repository[:tag]",
            service.field("build").isPresent()
                ? "rancher-deploy does not build: push the image and name it in `image`"
                : "add image: <image>");
      }
      for (LinkRef link : service.listOf("links", LinkRef.class)) {
        target(service, "links", link.target());
      }
      for (String name : service.strings("depends_on")) {
        target(service, "depends_on", name);
      }
    }
    for (ServiceDef def : rancher.values()) {
      if (!services.containsKey(def.name())) {
        diagnostics.warn(
            def.location(),
            def.path(),
            "`"
                + def.name()
                + "` is not a service of the compose files,"
                + " so these settings are ignored",
            Suggestions.didYouMean(def.name(), services.keySet()));
        continue;
      }
      portRules(def);
      external(def);
    }
  }

  private void target(ServiceDef service, String key, String name) {
    if (!services.containsKey(name)) {
      diagnostics.error(
          service.locationOf(key),
          service.pathOf(key),
          "`" + name + "` is not a service of the" + " compose files",
          "a service name, or external_links: [stack/service] for another stack",
          Suggestions.didYouMean(name, services.keySet()));
    } else if (sidekicks.isSidekick(name) && !sidekicks.of(service.name()).contains(name)) {
      diagnostics.error(
          service.locationOf(key),
          service.pathOf(key),
          "`" + name + "` is a sidekick of another" + " service; Rancher cannot link to it",
          "a primary service",
          "link to its primary service instead");
    }
  }

  @SuppressWarnings("unchecked")
  private void portRules(ServiceDef def) {
    Optional<Field> lb = def.field("lb_config");
    if (lb.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rules =
        (List<Map<String, Object>>)
            ((Map<String, Object>) lb.get().value()).getOrDefault("portRules", List.of());
    for (int i = 0; i < rules.size(); i++) {
      Map<String, Object> rule = rules.get(i);
      String path = lb.get().path() + ".port_rules[" + i + "]";
      String problem =
          rule.containsKey("service") == rule.containsKey("selector")
              ? "a port rule needs exactly one of `service` and `selector`"
              : rule.containsKey("service") && !rule.containsKey("targetPort")
                  ? "a rule with a service needs" + " `target_port`"
                  : !rule.containsKey("sourcePort")
                      ? "a port rule needs `source_port`"
                      : Long.valueOf(42).equals(rule.get("sourcePort"))
                          ? "source port 42 is reserved for the health check"
                          : "";
      if (!problem.isEmpty()) {
        diagnostics.error(
            lb.get().location(), path, problem, "source_port, target_port and service", "");
        continue;
      }
      Object service = rule.get("service");
      if (service instanceof String name && !name.contains("/") && !services.containsKey(name)) {
        diagnostics.error(
            lb.get().location(),
            path + ".service",
            "`" + name + "` is not a service of the compose" + " files",
            "a service name, or stack/service",
            Suggestions.didYouMean(name, services.keySet()));
      }
    }
  }

  private void external(ServiceDef def) {
    ServiceDef compose = services.get(def.name());
    if (ServiceTypes.detect(compose, Optional.of(def)) == ServiceType.EXTERNAL
        && def.strings("external_ips").isEmpty()
        && def.string("hostname").isEmpty()) {
      diagnostics.error(
          def.location(),
          def.path(),
          "an external service needs `external_ips` or `hostname`",
          "external_ips: [1.2.3.4] or hostname: db.example.com",
          "");
    }
  }

  /**
   * The services of this stack that a load balancer's {@code lb_config} port rules send traffic to.
   */
  @SuppressWarnings("unchecked")
  static List<String> ruleTargets(ServiceDef rancherDef) {
    List<String> targets = new ArrayList<>();
    if (rancherDef == null) {
      return targets;
    }
    rancherDef
        .field("lb_config")
        .map(f -> (Map<String, Object>) f.value())
        .map(lb -> (List<Map<String, Object>>) lb.getOrDefault("portRules", List.of()))
        .ifPresent(
            rules ->
                rules.forEach(
                    rule -> {
                      if (rule.get("service") instanceof String name && !name.contains("/")) {
                        targets.add(name);
                      }
                    }));
    return targets;
  }
}
