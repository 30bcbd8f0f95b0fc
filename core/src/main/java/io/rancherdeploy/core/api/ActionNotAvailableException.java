package io.rancherdeploy.core.api;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;
import java.util.Set;
import java.util.TreeSet;

/**
 * An action was asked for that Rancher does not offer in the resource's current state (its {@code
 * actions} map lacks it), so no request was sent.
 */
public class ActionNotAvailableException extends RancherDeployException {
  private final String action;
  private final String state;

  public ActionNotAvailableException(Resource resource, String action) {
    super(
        ErrorKind.API,
        "Action '"
            + action
            + "' is not available on "
            + resource.describe()
            + " in state '"
            + resource.stateName()
            + "' (transitioning "
            + resource.transitioning()
            + resource.transitioningMessage().map(m -> ": " + m).orElse("")
            + "); offered: "
            + offered(resource.actions().keySet()));
    this.action = action;
    this.state = resource.stateName();
  }

  private static String offered(Set<String> actions) {
    return actions.isEmpty() ? "none" : String.join(", ", new TreeSet<>(actions));
  }

  public String action() {
    return action;
  }

  /** The state the resource was in, as Rancher spelled it. */
  public String state() {
    return state;
  }
}
