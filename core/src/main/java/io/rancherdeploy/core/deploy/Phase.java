package io.rancherdeploy.core.deploy;

/** The phases of a deploy; every phase has its own deadline and every failure names its phase. */
public enum Phase {
  VALIDATE,
  PULL,
  REMOVE,
  CREATE,
  ACTIVATE,
  UPGRADE,
  HEALTH,
  VERIFY,
  FINISH,
  ROLLBACK,
  SCALE,
  RESTART
}
