package io.rancherdeploy.core.compose;

/** What Rancher resource a compose service becomes, and so which collection it is created in. */
public enum ServiceType {
  /** {@code services}: containers from a launch config (and sidekicks). */
  SERVICE,
  /**
   * {@code loadBalancerServices}: either compose style (v1 target labels or v2 {@code lb_config}).
   */
  LOAD_BALANCER,
  /**
   * {@code externalServices}: {@code image: rancher/external-service} with external IPs or a
   * hostname.
   */
  EXTERNAL,
  /** {@code dnsServices}: {@code image: rancher/dns-service}, an alias for its links. */
  DNS
}
