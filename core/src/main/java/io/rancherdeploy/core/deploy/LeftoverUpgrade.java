package io.rancherdeploy.core.deploy;

/**
 * What to do with a service an earlier run left in {@code upgraded}, {@code upgrading} or {@code
 * canceled-upgrade}, before a new upgrade starts.
 */
public enum LeftoverUpgrade {
  /** Finish it first, as rancher-compose 0.12.5 does (the default). */
  FINISH,
  /** Roll it back first. */
  ROLLBACK,
  /** Stop before any change, and say which service is in which state. */
  FAIL
}
