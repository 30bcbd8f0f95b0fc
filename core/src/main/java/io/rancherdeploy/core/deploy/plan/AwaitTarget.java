package io.rancherdeploy.core.deploy.plan;

/** What a wait waits for. Each target knows the resting state it ends in. */
public enum AwaitTarget {
  /** Created and registered: {@code inactive}. */
  INACTIVE(ServiceState.INACTIVE),
  ACTIVE(ServiceState.ACTIVE),
  /**
   * Active, and the containers running and healthy (or, without a health check, running for the
   * grace).
   */
  HEALTHY(ServiceState.ACTIVE),
  /** The upgrade ran through; the new containers must still prove healthy before the finish. */
  UPGRADED(ServiceState.UPGRADED),
  /**
   * {@code upgraded}, and the new containers healthy or running for the grace (start-once: exited
   * 0).
   */
  UPGRADED_HEALTHY(ServiceState.UPGRADED),
  REMOVED(ServiceState.REMOVED);

  private final ServiceState state;

  AwaitTarget(ServiceState state) {
    this.state = state;
  }

  public ServiceState state() {
    return state;
  }

  public boolean needsHealth() {
    return this == HEALTHY || this == UPGRADED_HEALTHY;
  }

  public String describe() {
    return switch (this) {
      case HEALTHY -> "active and healthy";
      case UPGRADED_HEALTHY -> "upgraded with healthy new containers";
      default -> state.rancherName();
    };
  }
}
