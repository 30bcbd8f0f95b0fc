package io.jenkins.plugins.rancherdeploy;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.ModelObject;
import hudson.util.Secret;
import io.jenkins.plugins.rancherdeploy.config.RancherApiKeyCredentials;
import io.jenkins.plugins.rancherdeploy.config.RancherEnvironment;
import io.jenkins.plugins.rancherdeploy.config.RancherGlobalConfiguration;
import io.jenkins.plugins.rancherdeploy.config.RancherServer;
import io.rancherdeploy.emulator.RancherEmulator;
import java.io.IOException;
import java.util.List;

/**
 * A Rancher emulator configured in Jenkins as server "emulator" with environment "Default" (1a5).
 */
final class EmulatorFixture implements AutoCloseable {
  static final String CREDENTIALS_ID = "rancher-key";
  static final String COMPOSE = "web:\n  image: smoll/flask-nanoservice:${TAG}\n  tty: true\n";

  final RancherEmulator rancher =
      RancherEmulator.builder().port(0).speed(0.0).seed(42).hosts(2).start();

  EmulatorFixture configure() throws IOException {
    addKey(jenkins.model.Jenkins.get(), CREDENTIALS_ID);
    RancherServer server = new RancherServer("emulator", rancher.url().toString());
    server.setCredentialsId(CREDENTIALS_ID);
    server.setEnvironments(
        List.of(new RancherEnvironment("Default", RancherEmulator.DEFAULT_PROJECT)));
    RancherGlobalConfiguration.get().setServers(List.of(server));
    return this;
  }

  /**
   * Adds the emulator's key to the credentials store that belongs to {@code context} (Jenkins or a
   * folder).
   */
  void addKey(ModelObject context, String id) throws IOException {
    for (CredentialsStore store : CredentialsProvider.lookupStores(context)) {
      if (store.getContext() == context) {
        store.addCredentials(
            Domain.global(),
            new RancherApiKeyCredentials(
                CredentialsScope.GLOBAL,
                id,
                "emulator key",
                rancher.accessKey(),
                Secret.fromString(rancher.secretKey())));
        return;
      }
    }
    throw new IllegalStateException(
        "no credentials store of its own for " + context.getDisplayName());
  }

  String secretKey() {
    return rancher.secretKey();
  }

  @Override
  public void close() {
    rancher.close();
  }
}
