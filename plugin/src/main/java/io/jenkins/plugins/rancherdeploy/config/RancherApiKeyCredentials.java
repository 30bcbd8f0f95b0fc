package io.jenkins.plugins.rancherdeploy.config;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.Secret;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * A Rancher API key (an environment or account key): the access key and the secret key. It is also
 * a username/password credential (username = access key, password = secret key), so it works
 * wherever one is accepted, for example {@code withCredentials([usernamePassword(...)])}.
 */
public final class RancherApiKeyCredentials extends BaseStandardCredentials
    implements StandardUsernamePasswordCredentials {
  private static final long serialVersionUID = 1L;

  private final String accessKey;
  private final Secret secretKey;

  @DataBoundConstructor
  public RancherApiKeyCredentials(
      CredentialsScope scope, String id, String description, String accessKey, Secret secretKey) {
    super(scope, id, description);
    this.accessKey = accessKey == null ? "" : accessKey.trim();
    this.secretKey = secretKey == null ? Secret.fromString("") : secretKey;
  }

  public String getAccessKey() {
    return accessKey;
  }

  public Secret getSecretKey() {
    return secretKey;
  }

  @NonNull
  @Override
  public String getUsername() {
    return accessKey;
  }

  @NonNull
  @Override
  public Secret getPassword() {
    return secretKey;
  }

  @Extension
  @Symbol("rancherApiKey")
  public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {
    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.RancherApiKeyCredentials_DisplayName();
    }
  }
}
