package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.PlanStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The request bodies of service calls, built from the desired config. The config hashes go where
 * rancher-compose keeps its own: {@code metadata} and each launch config's labels, under {@value
 * #HASH_LABEL}, so the next run can tell what changed.
 */
final class ServiceBodies {
  static final String HASH_LABEL = "io.rancher.service.hash";

  private ServiceBodies() {}

  /**
   * POST body of a new service; {@code idOf} resolves a service name to its id (for load balancer
   * rules).
   */
  static Map<String, Object> create(
      DesiredService s, String stackId, Function<String, String> idOf) {
    Map<String, Object> body = serviceFields(s, idOf);
    body.put("name", s.name());
    body.put("stackId", stackId);
    body.put("scale", s.scale());
    if (s.kind().runsContainers() || !s.launchConfig().isEmpty()) {
      body.put("launchConfig", withHash(s.launchConfig(), s.hashes().launchConfig().orElseThrow()));
    }
    if (!s.sidekicks().isEmpty()) {
      List<Map<String, Object>> sidekicks = new ArrayList<>();
      s.sidekicks().forEach((name, config) -> sidekicks.add(sidekick(s, name, config)));
      body.put("secondaryLaunchConfigs", sidekicks);
    }
    return body;
  }

  /** PUT body for changed service-level fields. */
  static Map<String, Object> update(DesiredService s, Function<String, String> idOf) {
    return serviceFields(s, idOf);
  }

  /**
   * The {@code upgrade} action's input: only the changed launch configs, removed sidekicks as
   * rancher/none.
   */
  static Map<String, Object> upgrade(DesiredService s, PlanStep.Upgrade step) {
    Map<String, Object> strategy = new LinkedHashMap<>();
    strategy.put("batchSize", step.batchSize());
    strategy.put("intervalMillis", step.interval().toMillis());
    strategy.put("startFirst", step.startFirst());
    if (step.launchConfig()) {
      strategy.put(
          "launchConfig", withHash(s.launchConfig(), s.hashes().launchConfig().orElseThrow()));
    }
    List<Map<String, Object>> sidekicks = new ArrayList<>();
    step.sidekicks().forEach(name -> sidekicks.add(sidekick(s, name, s.sidekicks().get(name))));
    step.removedSidekicks()
        .forEach(name -> sidekicks.add(Map.of("name", name, "imageUuid", "rancher/none")));
    if (!sidekicks.isEmpty()) {
      strategy.put("secondaryLaunchConfigs", sidekicks);
    }
    return Map.of("inServiceStrategy", strategy);
  }

  /** The {@code restart} action's input. */
  static Map<String, Object> restart(PlanStep.Restart step) {
    return Map.of(
        "rollingRestartStrategy",
        Map.of("batchSize", step.batchSize(), "intervalMillis", step.interval().toMillis()));
  }

  /** setservicelinks input: alias to target id. */
  static Map<String, Object> links(Map<String, String> aliasToId) {
    List<Map<String, Object>> links = new ArrayList<>();
    new java.util.TreeMap<>(aliasToId)
        .forEach((alias, id) -> links.add(Map.of("name", alias, "serviceId", id)));
    return Map.of("serviceLinks", links);
  }

  /**
   * The id of the launch config now on the service: containers of this version are the new ones.
   */
  static String version(Service service) {
    return service.launchConfig().path("version").asText("");
  }

  private static Map<String, Object> sidekick(
      DesiredService s, String name, Map<String, Object> config) {
    Map<String, Object> sidekick = withHash(config, s.hashes().sidekicks().getOrDefault(name, ""));
    sidekick.put("name", name);
    return sidekick;
  }

  private static Map<String, Object> serviceFields(
      DesiredService s, Function<String, String> idOf) {
    Map<String, Object> body = new LinkedHashMap<>(s.serviceFields());
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (body.get("metadata") instanceof Map<?, ?> given) {
      given.forEach((k, v) -> metadata.put(String.valueOf(k), v));
    }
    metadata.put(HASH_LABEL, s.hashes().service().orElseThrow());
    body.put("metadata", metadata);
    if (body.get("lbConfig") instanceof Map<?, ?> lbConfig) {
      body.put("lbConfig", LoadBalancerRules.resolve(lbConfig, idOf));
    }
    return body;
  }

  private static Map<String, Object> withHash(Map<String, Object> config, String hash) {
    Map<String, Object> copy = new LinkedHashMap<>(config);
    Map<String, Object> labels = new LinkedHashMap<>();
    if (copy.get("labels") instanceof Map<?, ?> given) {
      given.forEach((k, v) -> labels.put(String.valueOf(k), v));
    }
    labels.put(HASH_LABEL, hash);
    copy.put("labels", labels);
    return copy;
  }
}
