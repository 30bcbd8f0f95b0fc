package io.rancherdeploy.core.deploy.plan;

/** The Rancher service types a compose file can produce; each has its own collection and rules. */
public enum ServiceKind {
  SERVICE,
  LOAD_BALANCER,
  EXTERNAL,
  DNS;

  /** Only these run containers that can be upgraded in service and be healthy or not. */
  public boolean runsContainers() {
    return this == SERVICE || this == LOAD_BALANCER;
  }

  /**
   * Rancher derives a load balancer's links from its port rules; the others get setservicelinks.
   */
  public boolean takesServiceLinks() {
    return this != LOAD_BALANCER;
  }
}
