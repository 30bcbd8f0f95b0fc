package io.jenkins.plugins.rancherdeploy;

import hudson.EnvVars;
import hudson.util.Secret;
import io.jenkins.plugins.rancherdeploy.config.RancherTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;

/**
 * The variables {@code withRancher} exports. The key pair is sensitive (Jenkins warns when a
 * sensitive variable is interpolated into a Groovy string); the secret stays a {@link Secret} in
 * the program state.
 */
final class RancherVariables extends EnvironmentExpander {
  private static final long serialVersionUID = 1L;
  static final String URL = "RANCHER_URL";
  static final String ACCESS_KEY = "RANCHER_ACCESS_KEY";
  static final String SECRET_KEY = "RANCHER_SECRET_KEY";
  static final String ENVIRONMENT = "RANCHER_ENVIRONMENT";

  private final String url;
  private final String environment;
  private final String accessKey;
  private final Secret secretKey;

  private RancherVariables(String url, String environment, String accessKey, Secret secretKey) {
    this.url = url;
    this.environment = environment;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  static RancherVariables of(RancherTarget target) {
    return new RancherVariables(
        target.urls().get(0),
        target.selection().project(),
        target.accessKey(),
        Secret.fromString(target.secretKeyPlainText()));
  }

  List<String> names() {
    List<String> names = new ArrayList<>(List.of(URL, ACCESS_KEY, SECRET_KEY));
    if (!environment.isEmpty()) {
      names.add(ENVIRONMENT);
    }
    return names;
  }

  @Override
  public void expand(EnvVars env) {
    env.override(URL, url);
    env.override(ACCESS_KEY, accessKey);
    env.override(SECRET_KEY, secretKey.getPlainText());
    if (!environment.isEmpty()) {
      env.override(ENVIRONMENT, environment);
    }
  }

  @Override
  public Set<String> getSensitiveVariables() {
    return Set.of(ACCESS_KEY, SECRET_KEY);
  }
}
