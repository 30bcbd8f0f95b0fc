package io.rancherdeploy.core.api;

import java.util.Locale;

/**
 * The states of Rancher 1.6 services, stacks, containers and hosts (rancher-api.md §6.2-6.4), under
 * one enum because the names are shared across types. A state Rancher sends that we do not know is
 * {@link #UNKNOWN}; the raw name stays available from {@link Resource#stateName()}.
 */
public enum ResourceState {
  REQUESTED(true),
  REGISTERING(true),
  CREATING(true),
  ACTIVATING(true),
  ACTIVE(false),
  INACTIVE(false),
  DEACTIVATING(true),
  UPDATING_ACTIVE(true),
  UPDATING_INACTIVE(true),
  UPGRADING(true),
  UPGRADED(false),
  CANCELING_UPGRADE(true),
  CANCELED_UPGRADE(false),
  ROLLING_BACK(true),
  FINISHING_UPGRADE(true),
  RESTARTING(true),
  STARTING(true),
  RUNNING(false),
  STOPPING(true),
  STOPPED(false),
  MIGRATING(true),
  REMOVING(true),
  REMOVED(false),
  PURGING(true),
  PURGED(false),
  ERRORING(true),
  ERROR(false),
  UNKNOWN(false);

  private final boolean transitioning;

  ResourceState(boolean transitioning) {
    this.transitioning = transitioning;
  }

  /**
   * Parses Rancher's spelling ({@code updating-active}); unknown or missing names give {@link
   * #UNKNOWN}.
   */
  public static ResourceState of(String rancherName) {
    if (rancherName == null || rancherName.isBlank()) {
      return UNKNOWN;
    }
    try {
      return valueOf(rancherName.trim().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /**
   * Whether Rancher is moving the resource through a process in this state (it reports {@code
   * transitioning: yes}).
   */
  public boolean isTransitioning() {
    return transitioning;
  }

  /** Whether the resource failed: {@code error} or {@code erroring}. */
  public boolean isError() {
    return this == ERROR || this == ERRORING;
  }

  /**
   * Whether the resource is gone or going: {@code removing}, {@code removed}, {@code purging},
   * {@code purged}.
   */
  public boolean isRemoved() {
    return this == REMOVING || this == REMOVED || this == PURGING || this == PURGED;
  }

  /** Rancher's spelling, e.g. {@code canceled-upgrade}. */
  public String rancherName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
