package io.jenkins.plugins.rancherdeploy.run;

/** What a step asks of the engine. */
public enum Operation {
  /**
   * Bring the stack in line with the compose files ({@code rancherDeploy}, the freestyle builder).
   */
  DEPLOY,
  /** Finish upgrades left in {@code upgraded} ({@code rancherFinishUpgrade}). */
  FINISH,
  /** Roll upgraded services back ({@code rancherRollback}). */
  ROLLBACK
}
