package io.rancherdeploy.emulator.logs;

import java.util.Objects;

/** What a log token lets its holder read: one container's log, with the options of the action. */
public record LogGrant(String containerId, LogOptions options) {

  public LogGrant {
    Objects.requireNonNull(containerId, "containerId");
    Objects.requireNonNull(options, "options");
  }
}
