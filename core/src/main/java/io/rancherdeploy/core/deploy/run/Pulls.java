package io.rancherdeploy.core.deploy.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.Resource;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.plan.PlanStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pulls an image on every host with a {@code pullTask}, as rancher-compose's {@code pull} does, and
 * reports each host; a host that did not finish fails the step and is named.
 */
final class Pulls {
  private Pulls() {}

  static void pull(RunContext ctx, PlanStep.Pull step) {
    String image = step.image();
    ctx.progress.stack("Pulling " + image + " on every host");
    Resource task =
        ctx.client.create(ResourceType.PULL_TASK, Map.of("image", image, "mode", "all"));
    Resource done = Waits.await(ctx, Phase.PULL, image, task, Condition.settled());
    Map<String, String> hostNames = hostNames(ctx);
    List<String> failed = new ArrayList<>();
    done.field("status")
        .filter(JsonNode::isObject)
        .ifPresent(
            status ->
                status
                    .fields()
                    .forEachRemaining(
                        e -> {
                          String host = hostNames.getOrDefault(e.getKey(), e.getKey());
                          String result = e.getValue().asText();
                          ctx.progress.stack("Pulled " + image + " on " + host + ": " + result);
                          if (!"Done".equalsIgnoreCase(result)) {
                            failed.add(host + " (" + result + ")");
                          }
                        }));
    if (!failed.isEmpty()) {
      throw new StepFailure(
          Phase.PULL,
          Optional.of(String.join(", ", step.services())),
          Optional.of(done.stateName()),
          done.transitioningMessage(),
          "pulling " + image + " failed on " + String.join(", ", failed),
          false,
          null);
    }
  }

  private static Map<String, String> hostNames(RunContext ctx) {
    Map<String, String> names = new HashMap<>();
    ctx.client
        .list(ResourceType.HOST, io.rancherdeploy.core.api.Filters.none())
        .forEach(h -> names.put(h.id(), h.text("hostname").orElse(h.name())));
    return names;
  }
}
