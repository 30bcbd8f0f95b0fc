package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the merged compose services and the rancher-compose services into {@link ServiceSpec}s. */
final class StackBuilder {
  private final Map<String, ServiceDef> services;
  private final Map<String, ServiceDef> rancher;
  private final Diagnostics diagnostics;
  private final LaunchConfigMapper mapper;
  private final Sidekicks sidekicks;

  StackBuilder(
      Map<String, ServiceDef> services,
      Map<String, ServiceDef> rancher,
      Map<String, Object> volumes,
      Diagnostics diagnostics) {
    this.services = services;
    this.rancher = rancher;
    this.diagnostics = diagnostics;
    this.mapper = new LaunchConfigMapper(diagnostics, volumes);
    this.sidekicks = new Sidekicks(services, diagnostics);
  }

  List<ServiceSpec> build() {
    new References(services, rancher, sidekicks, diagnostics).check();
    List<ServiceSpec> specs = new ArrayList<>();
    if (diagnostics.hasErrors()) {
      return specs;
    }
    for (ServiceDef service : services.values()) {
      if (!sidekicks.isSidekick(service.name())) {
        specs.add(spec(service));
      }
    }
    return specs;
  }

  private ServiceSpec spec(ServiceDef service) {
    Optional<ServiceDef> own = Optional.ofNullable(rancher.get(service.name()));
    ServiceType type = ServiceTypes.detect(service, own);
    Set<String> sidekickNames = new LinkedHashSet<>(sidekicks.of(service.name()));
    Map<String, Object> launchConfig = launchConfig(type, service, own, sidekickNames);
    List<Sidekick> secondaries = new ArrayList<>();
    for (String name : sidekickNames) {
      ServiceDef sidekick = services.get(name);
      secondaries.add(
          new Sidekick(
              name, mapper.map(sidekick, Optional.ofNullable(rancher.get(name)), sidekickNames)));
    }
    int scale = own.flatMap(r -> r.number("scale")).map(Long::intValue).orElse(1);
    return ServiceSpec.of(
        service.name(),
        type,
        launchConfig,
        secondaries,
        ServiceFieldsMapper.map(type, service, own),
        scale,
        strategy(own),
        links(type, service),
        dependencies(service, sidekickNames),
        ServiceFieldsMapper.sources(type, own));
  }

  private Map<String, Object> launchConfig(
      ServiceType type, ServiceDef service, Optional<ServiceDef> own, Set<String> sidekickNames) {
    if (type == ServiceType.EXTERNAL || type == ServiceType.DNS) {
      return Map.of();
    }
    Map<String, Object> config = mapper.map(service, own, sidekickNames);
    if (type == ServiceType.LOAD_BALANCER && LegacyLoadBalancer.isLegacy(service)) {
      config.put("imageUuid", LaunchConfigMapper.imageUuid(ServiceFieldsMapper.DEFAULT_LB_IMAGE));
      config.remove("ports");
      LaunchConfigMapper.putList(config, "ports", LegacyLoadBalancer.listeningPorts(service));
      config.remove("labels");
      LaunchConfigMapper.putMap(config, "labels", LegacyLoadBalancer.remainingLabels(service));
    }
    return config;
  }

  private static UpgradeStrategy strategy(Optional<ServiceDef> own) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values =
        own.flatMap(r -> r.field("upgrade_strategy"))
            .map(f -> (Map<String, Object>) f.value())
            .orElse(Map.of());
    return new UpgradeStrategy(
        Optional.ofNullable((Long) values.get("batchSize")).map(Long::intValue),
        Optional.ofNullable((Long) values.get("intervalMillis")),
        Optional.ofNullable((Boolean) values.get("startFirst")));
  }

  private static List<ServiceLink> links(ServiceType type, ServiceDef service) {
    if (type == ServiceType.LOAD_BALANCER) {
      return List.of();
    }
    Map<String, ServiceLink> links = new LinkedHashMap<>();
    for (LinkRef link : service.listOf("links", LinkRef.class)) {
      links.put(
          link.effectiveAlias(),
          new ServiceLink(link.target(), optional(link.alias()), Optional.empty()));
    }
    for (LinkRef link : service.listOf("external_links", LinkRef.class)) {
      int slash = link.target().indexOf('/');
      links.put(
          link.effectiveAlias(),
          new ServiceLink(
              link.target().substring(slash + 1),
              optional(link.alias()),
              Optional.of(link.target().substring(0, slash))));
    }
    return new ArrayList<>(links.values());
  }

  private List<String> dependencies(ServiceDef service, Set<String> sidekickNames) {
    Set<String> needs = new LinkedHashSet<>();
    List<ServiceDef> members = new ArrayList<>();
    members.add(service);
    sidekickNames.forEach(name -> members.add(services.get(name)));
    for (ServiceDef member : members) {
      member.listOf("links", LinkRef.class).forEach(l -> needs.add(l.target()));
      needs.addAll(member.strings("depends_on"));
      member
          .strings("volumes_from")
          .forEach(v -> needs.add(v.replaceFirst("^service:", "").split(":")[0]));
    }
    References.ruleTargets(rancher.get(service.name())).forEach(needs::add);
    if (LegacyLoadBalancer.isLegacy(service)) {
      LegacyLoadBalancer.portRules(service).forEach(r -> needs.add((String) r.get("service")));
    }
    Set<String> exclude = new HashSet<>(sidekickNames);
    exclude.add(service.name());
    List<String> result = new ArrayList<>();
    for (String name : needs) {
      // A dependency on a sidekick means its primary; other stacks are not ordered.
      String target = sidekicks.isSidekick(name) ? primaryName(name) : name;
      if (!exclude.contains(target) && services.containsKey(target) && !result.contains(target)) {
        result.add(target);
      }
    }
    return result;
  }

  private String primaryName(String sidekick) {
    for (ServiceDef service : services.values()) {
      if (sidekicks.of(service.name()).contains(sidekick)) {
        return service.name();
      }
    }
    return sidekick;
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
