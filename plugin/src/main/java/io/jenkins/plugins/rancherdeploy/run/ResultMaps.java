package io.jenkins.plugins.rancherdeploy.run;

import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.ServiceResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deploy result as a Pipeline sees it: plain maps, lists, strings and numbers (serializable and
 * whitelisted for the sandbox), with the same field names as the CLI's JSON.
 */
public final class ResultMaps {
  private ResultMaps() {}

  public static Map<String, Object> toMap(DeployResult result) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("stack", result.stack());
    map.put("outcome", result.outcome().name());
    map.put("succeeded", result.succeeded());
    map.put("elapsedMillis", result.elapsed().toMillis());
    List<Object> services = new ArrayList<>();
    for (ServiceResult service : result.services()) {
      services.add(toMap(service));
    }
    map.put("services", services);
    result.failure().ifPresent(f -> map.put("failure", toMap(f)));
    return map;
  }

  static Map<String, Object> toMap(ServiceResult s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("service", s.service());
    map.put("action", s.action().name().toLowerCase(Locale.ROOT));
    map.put("oldImage", s.oldImage().orElse(null));
    map.put("newImage", s.newImage().orElse(null));
    map.put("state", s.finalState());
    map.put("runningInstances", s.runningInstances());
    map.put("desiredInstances", s.desiredInstances());
    map.put("elapsedMillis", s.elapsed().toMillis());
    return map;
  }

  static Map<String, Object> toMap(DeployFailure f) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("phase", f.phase().name().toLowerCase(Locale.ROOT));
    map.put("service", f.service().orElse(null));
    map.put("rancherState", f.rancherState().orElse(null));
    map.put("transitioningMessage", f.transitioningMessage().orElse(null));
    map.put("message", f.message());
    map.put("description", f.describe());
    map.put("recentEvents", new ArrayList<>(f.recentEvents()));
    map.put("lastLogLines", new ArrayList<>(f.lastLogLines()));
    return map;
  }

  /** The outcome name in a map made by {@link #toMap(DeployResult)}. */
  public static String outcome(Map<String, Object> result) {
    return String.valueOf(result.get("outcome"));
  }

  /** The one-paragraph failure description, or the outcome when there is none. */
  @SuppressWarnings("unchecked")
  public static String describeFailure(Map<String, Object> result) {
    Object failure = result.get("failure");
    if (failure instanceof Map<?, ?> f) {
      return String.valueOf(((Map<String, Object>) f).get("description"));
    }
    return "deploy " + outcome(result);
  }
}
