package io.jenkins.plugins.rancherdeploy.run;

import io.jenkins.plugins.rancherdeploy.config.RancherTarget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one place that calls core's engine, client and compose loader. Not wired yet: core's
 * {@code DeployEngine}, {@code RancherClient} and {@code ComposeLoader} are still being delivered.
 */
final class EngineBridge {
  private EngineBridge() {}

  static Map<String, Object> run(Operation operation, String stack, RancherTarget target,
      DeploySettings settings, Path workspace, Map<String, String> variables, PrintStream log) {
    throw new IllegalStateException("this build of the Rancher plugin has no deploy engine yet");
  }

  static List<String> environments(List<String> urls, String accessKey, String secretKey, String ca,
      boolean insecure) {
    throw new IllegalStateException("this build of the Rancher plugin has no Rancher client yet");
  }
}
