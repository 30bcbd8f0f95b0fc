package io.rancherdeploy.core.deploy;

/**
 * What the engine does with an upgrade that failed (unhealthy, failed start, deadline, cancel,
 * probe).
 */
public enum OnFailure {
  /** Roll back to the previous launch config and wait until it runs again (the default). */
  ROLLBACK,
  /** Finish the upgrade anyway (the new containers stay). */
  FINISH,
  /** Leave the services as they are, mid-upgrade, for a person to look at. */
  LEAVE
}
