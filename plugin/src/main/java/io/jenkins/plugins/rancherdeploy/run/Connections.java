package io.jenkins.plugins.rancherdeploy.run;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.Environment;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.secret.Secret;
import java.net.URI;
import java.util.List;

/** Connection checks for the configuration pages, run on the controller. */
public final class Connections {
  private Connections() {}

  /**
   * The environments (name and id) the key can see, all of them also for an account key that sees
   * several; throws core's exceptions with a clear message.
   */
  public static List<String> environments(
      List<String> urls,
      String accessKey,
      String secretKey,
      String caCertificate,
      boolean insecure) {
    RancherEndpoint.Builder builder = RancherEndpoint.builder(URI.create(urls.get(0)));
    urls.stream().skip(1).map(URI::create).forEach(builder::url);
    RancherEndpoint endpoint =
        builder
            .apiKey(new ApiKey(accessKey, Secret.of(secretKey)))
            .caCertificatesPem(caCertificate)
            .insecure(insecure)
            .build();
    return RancherClient.listEnvironments(endpoint).environments().stream()
        .map(Environment::label)
        .toList();
  }
}
