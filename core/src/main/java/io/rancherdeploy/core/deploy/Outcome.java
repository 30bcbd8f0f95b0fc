package io.rancherdeploy.core.deploy;

/** How a deploy ended. Only {@link #SUCCESS} is a success. */
public enum Outcome {
  SUCCESS,
  /**
   * It failed and nothing was rolled back (on-failure LEAVE or FINISH, or a failure before any
   * change).
   */
  FAILED,
  /** It failed and every upgraded service was rolled back to its previous config. */
  ROLLED_BACK,
  /** It was cancelled or interrupted; cleanup ran within its bound. */
  ABORTED
}
