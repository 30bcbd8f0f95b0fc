package io.rancherdeploy.core.deploy;

/** How a deploy brings the running stack in line with the compose files. */
public enum Strategy {
  /**
   * Create and start what is missing; services whose config changed are reported as out of sync and
   * left alone ({@code rancher-compose up -d}).
   */
  UP,
  /** {@link #UP}, then an in-service rolling upgrade of the services whose config hash changed. */
  ROLLING,
  /**
   * Remove the services (waiting until they are gone), then {@link #UP}: the seed's {@code rm} +
   * {@code up}.
   */
  RECREATE
}
