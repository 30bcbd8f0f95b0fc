package io.jenkins.plugins.rancherdeploy.run;

import java.util.List;

/** Connection checks for the configuration pages, run on the controller. */
public final class Connections {
  private Connections() {}

  /**
   * The environments (name and id) the key can see; throws core's exceptions with a clear message.
   */
  public static List<String> environments(
      List<String> urls,
      String accessKey,
      String secretKey,
      String caCertificate,
      boolean insecure) {
    return EngineBridge.environments(urls, accessKey, secretKey, caCertificate, insecure);
  }
}
