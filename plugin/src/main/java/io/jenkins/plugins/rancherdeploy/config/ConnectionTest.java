package io.jenkins.plugins.rancherdeploy.config;

import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.rancherdeploy.run.Connections;
import java.util.List;

/** "Test connection": connect with the form's values and list the environments the key can see. */
final class ConnectionTest {
  private ConnectionTest() {}

  static FormValidation run(
      String urls, String credentialsId, String caCertificate, boolean insecure) {
    List<String> parsed;
    try {
      parsed = ServerUrls.parse(urls).stream().map(Object::toString).toList();
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
    if (credentialsId == null || credentialsId.isBlank()) {
      return FormValidation.error(Messages.ConnectionTest_CredentialRequired());
    }
    StandardUsernamePasswordCredentials key =
        CredentialLookup.forItem(credentialsId, parsed.get(0), (Item) null);
    if (key == null) {
      return FormValidation.error(Messages.ConnectionTest_CredentialNotFound(credentialsId));
    }
    try {
      List<String> environments =
          Connections.environments(
              parsed,
              key.getUsername(),
              key.getPassword().getPlainText(),
              caCertificate,
              insecure,
              JenkinsProxy.current());
      return FormValidation.ok(
          Messages.ConnectionTest_Connected(
              environments.isEmpty()
                  ? Messages.ConnectionTest_NoEnvironments()
                  : String.join(", ", environments)));
    } catch (RuntimeException e) {
      return FormValidation.error(Messages.ConnectionTest_Failed(e.getMessage()));
    }
  }
}
