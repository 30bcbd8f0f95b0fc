package io.rancherdeploy.core.deploy.plan;

import java.util.Locale;

/**
 * A Rancher 1.6 service state (rancher-api.md §6.2), so that the engine never compares state
 * strings. A state the server adds later maps to {@link #UNKNOWN}, which counts as transitioning:
 * the engine waits for it to settle rather than act on something it does not understand.
 */
public enum ServiceState {
  REQUESTED(true),
  REGISTERING(true),
  INACTIVE(false),
  ACTIVATING(true),
  ACTIVE(false),
  UPDATING_ACTIVE(true),
  UPDATING_INACTIVE(true),
  DEACTIVATING(true),
  RESTARTING(true),
  UPGRADING(true),
  UPGRADED(false),
  CANCELING_UPGRADE(true),
  CANCELED_UPGRADE(false),
  ROLLING_BACK(true),
  FINISHING_UPGRADE(true),
  REMOVING(true),
  REMOVED(false),
  PURGED(false),
  ERROR(false),
  UNKNOWN(true);

  private final boolean transitioning;

  ServiceState(boolean transitioning) {
    this.transitioning = transitioning;
  }

  /**
   * {@code canceled-upgrade} to {@link #CANCELED_UPGRADE}; anything unknown to {@link #UNKNOWN}.
   */
  public static ServiceState of(String rancherName) {
    try {
      return valueOf(rancherName.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  public boolean isTransitioning() {
    return transitioning;
  }

  /** An upgrade an earlier run (or a person) left open. */
  public boolean isLeftoverUpgrade() {
    return this == UPGRADED || this == CANCELED_UPGRADE;
  }

  public boolean isGone() {
    return this == REMOVED || this == PURGED || this == REMOVING;
  }

  /** The name as Rancher spells it. */
  public String rancherName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
