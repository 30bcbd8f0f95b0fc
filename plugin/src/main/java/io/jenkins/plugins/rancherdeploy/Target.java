package io.jenkins.plugins.rancherdeploy;

import io.jenkins.plugins.rancherdeploy.config.RancherGlobalConfiguration;
import io.jenkins.plugins.rancherdeploy.config.TargetSelection;
import java.io.Serializable;
import java.util.function.UnaryOperator;

/**
 * The target parameters every step and the builder have: a configured {@code server} and {@code
 * environment}, or an inline {@code url} and {@code credentialsId}. Selected against the global
 * configuration when the step runs.
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

  /**
   * This target with build variables expanded in its names (freestyle: {@code ${BRANCH_NAME}}); a
   * credential id is never expanded, so a variable cannot pick another job's key.
   */
  Target expanded(UnaryOperator<String> expand) {
    Target copy = new Target();
    copy.server = server == null ? null : expand.apply(server);
    copy.environment = environment == null ? null : expand.apply(environment);
    copy.url = url == null ? null : expand.apply(url);
    copy.credentialsId = credentialsId;
    return copy;
  }

  static String clean(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
