package io.rancherdeploy.core.deploy.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A load balancer's port rules name their target by compose name in the files; Rancher wants the
 * service id ({@code serviceId}), as rancher-compose resolves it (rancher-api.md §6.6).
 */
final class LoadBalancerRules {
  private LoadBalancerRules() {}

  static Map<String, Object> resolve(Map<?, ?> lbConfig, Function<String, String> idOf) {
    Map<String, Object> copy = new LinkedHashMap<>();
    lbConfig.forEach((k, v) -> copy.put(String.valueOf(k), v));
    if (copy.get("portRules") instanceof List<?> rules) {
      List<Object> resolved = new ArrayList<>();
      for (Object rule : rules) {
        resolved.add(rule instanceof Map<?, ?> map ? resolveRule(map, idOf) : rule);
      }
      copy.put("portRules", resolved);
    }
    return copy;
  }

  private static Map<String, Object> resolveRule(Map<?, ?> rule, Function<String, String> idOf) {
    Map<String, Object> copy = new LinkedHashMap<>();
    rule.forEach((k, v) -> copy.put(String.valueOf(k), v));
    Object target = copy.remove("service");
    if (target != null && !copy.containsKey("serviceId")) {
      copy.put("serviceId", idOf.apply(String.valueOf(target)));
    }
    return copy;
  }
}
