package io.jenkins.plugins.rancherdeploy;

import io.jenkins.plugins.rancherdeploy.config.RancherGlobalConfiguration;
import io.jenkins.plugins.rancherdeploy.config.TargetSelection;
import java.io.Serializable;

/**
 * The target parameters every step has: a configured {@code server} and {@code environment}, or an
 * inline {@code url} and {@code credentialsId}. Selected against the global configuration when the
 * step runs.
 */
final class Target implements Serializable {
  private static final long serialVersionUID = 1L;

  String server;
  String environment;
  String url;
  String credentialsId;

  TargetSelection select() {
    return TargetSelection.select(
        RancherGlobalConfiguration.get().getServers(), server, environment, url, credentialsId);
  }

  static String clean(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
