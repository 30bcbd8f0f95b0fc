package io.rancherdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import io.rancherdeploy.core.deploy.plan.FieldChange;
import io.rancherdeploy.core.deploy.plan.PlanStep;
import io.rancherdeploy.core.deploy.plan.ServicePlan;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shape of {@code plan --output json}: per service the action, the reason, the changed
 * fields.
 */
final class PlanJson {
  private PlanJson() {}

  static String write(DeployPlan plan) {
    ObjectNode json = ResultJson.MAPPER.createObjectNode();
    json.put("stack", plan.stack());
    json.put("changesNothing", plan.changesNothing());
    steps(json.putArray("prepare"), plan.prepare());
    ArrayNode services = json.putArray("services");
    for (ServicePlan service : plan.services()) {
      ObjectNode s = services.addObject();
      s.put("service", service.service());
      s.put("action", service.action().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      s.put("reason", service.reason());
      s.put("oldImage", service.oldImage().orElse(null));
      s.put("newImage", service.newImage().orElse(null));
      ArrayNode changes = s.putArray("changes");
      for (FieldChange change : service.changes()) {
        ObjectNode c = changes.addObject();
        c.put("path", change.path());
        c.put("before", change.before().orElse(null));
        c.put("after", change.after().orElse(null));
      }
      steps(s.putArray("steps"), service.steps());
    }
    steps(json.putArray("complete"), plan.complete());
    ArrayNode warnings = json.putArray("warnings");
    plan.warnings().forEach(warnings::add);
    return ResultJson.write(json);
  }

  private static void steps(ArrayNode array, List<PlanStep> steps) {
    steps.forEach(step -> array.add(step.describe()));
  }
}
