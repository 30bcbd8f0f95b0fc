package io.rancherdeploy.core.deploy;

/** What a deploy did, or plans to do, to one service. */
public enum ServiceAction {
  CREATE,
  UPGRADE,
  UNCHANGED,
  /** Changed in the files, but the strategy is {@link Strategy#UP}: left alone and reported. */
  OUT_OF_SYNC,
  REMOVE,
  FINISH,
  ROLLBACK,
  SCALE,
  /** Its containers restarted in place, batch by batch (same config, new processes). */
  RESTART
}
