package io.rancherdeploy.core.api;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;

/**
 * A wait ended without its condition: the deadline passed, Rancher reported {@code transitioning:
 * error}, or the resource was removed. The message names the resource, the condition, the last
 * state and {@code transitioningMessage}; {@link #lastSeen()} is the resource as last seen.
 */
public class RancherWaitException extends RancherDeployException {
  /** Why the wait ended. */
  public enum Reason {
    TIMEOUT,
    ERROR,
    REMOVED
  }

  private final Reason reason;
  private final transient Resource lastSeen;
  private final String condition;

  public RancherWaitException(Reason reason, Resource lastSeen, String condition, String message) {
    super(ErrorKind.DEPLOY_FAILED, message);
    this.reason = reason;
    this.lastSeen = lastSeen;
    this.condition = condition;
  }

  public Reason reason() {
    return reason;
  }

  public Resource lastSeen() {
    return lastSeen;
  }

  /** The condition's description, e.g. {@code to be active}. */
  public String condition() {
    return condition;
  }
}
