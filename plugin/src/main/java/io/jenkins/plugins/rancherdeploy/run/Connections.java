package io.jenkins.plugins.rancherdeploy.run;

import io.jenkins.plugins.rancherdeploy.config.JenkinsProxy;
import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.Environment;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.secret.Secret;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Connection checks for the configuration pages, run on the controller. */
public final class Connections {
  private Connections() {}

  /**
   * The environments (name and id) the key can see, all of them also for an account key that sees
   * several, through Jenkins' HTTP proxy when one is given; throws core's exceptions with a clear
   * message.
   */
  public static List<String> environments(
      List<String> urls,
      String accessKey,
      String secretKey,
      String caCertificate,
      boolean insecure,
      Optional<JenkinsProxy> proxy) {
    RancherEndpoint.Builder builder = RancherEndpoint.builder(URI.create(urls.get(0)));
    urls.stream().skip(1).map(URI::create).forEach(builder::url);
    builder
        .apiKey(new ApiKey(accessKey, Secret.of(secretKey)))
        .caCertificatesPem(caCertificate)
        .insecure(insecure);
    proxy.ifPresent(p -> p.applyTo(builder));
    RancherEndpoint endpoint = builder.build();
    return RancherClient.listEnvironments(endpoint).environments().stream()
        .map(Environment::label)
        .toList();
  }
}
