package io.rancherdeploy.core.deploy.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.ServicePlan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order of the cleanup after a failure, as {@link ServiceScheduler} plans: rollbacks in reverse
 * dependency order (a service rolls back after the services that link to it, so nothing is left
 * linked to a half-restored target), finishes in dependency order. Services unrelated to each other
 * are independent and run in parallel.
 */
final class CleanupOrder {
  private CleanupOrder() {}

  static List<ServicePlan> plans(RunContext ctx, Set<String> services, boolean reverse) {
    Map<String, Set<String>> after = new HashMap<>();
    services.forEach(s -> after.put(s, new HashSet<>()));
    for (String service : services) {
      for (String need : needs(ctx, service)) {
        if (services.contains(need) && !need.equals(service)) {
          if (reverse) {
            after.get(need).add(service);
          } else {
            after.get(service).add(need);
          }
        }
      }
    }
    return new TreeSet<>(services)
        .stream()
            .map(
                s ->
                    new ServicePlan(
                        s,
                        reverse ? ServiceAction.ROLLBACK : ServiceAction.FINISH,
                        "cleanup after the failure",
                        List.of(),
                        after.get(s),
                        List.of(),
                        Optional.empty(),
                        Optional.empty()))
            .toList();
  }

  /**
   * What a service needs: from the files when this operation has them, else from its live links.
   */
  private static Set<String> needs(RunContext ctx, String service) {
    Optional<DesiredService> desired = ctx.desiredIfAny(service);
    if (desired.isPresent()) {
      return desired.get().needs();
    }
    Map<String, String> nameById = new HashMap<>();
    ctx.liveServices().forEach((name, live) -> nameById.put(live.id(), name));
    Set<String> needs = new HashSet<>();
    ctx.live(service)
        .flatMap(s -> s.field("linkedServices"))
        .filter(JsonNode::isObject)
        .ifPresent(
            links ->
                links.forEach(
                    id -> Optional.ofNullable(nameById.get(id.asText())).ifPresent(needs::add)));
    return needs;
  }
}
