package io.jenkins.plugins.rancherdeploy.config;

import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import hudson.util.Secret;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A target with its key pair and Jenkins' HTTP proxy, resolved on the controller for one build and
 * sent to the agent that runs the deploy. The secret stays a {@link Secret} until the client needs
 * it; {@link #toString()} never shows it.
 */
public final class RancherTarget implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TargetSelection selection;
  private final String accessKey;
  private final Secret secretKey;
  private final JenkinsProxy proxy;

  public RancherTarget(TargetSelection selection, String accessKey, Secret secretKey) {
    this(selection, accessKey, secretKey, Optional.empty());
  }

  /**
   * @param proxy Jenkins' HTTP proxy; empty: none configured (the JVM's proxy settings apply)
   */
  public RancherTarget(
      TargetSelection selection, String accessKey, Secret secretKey, Optional<JenkinsProxy> proxy) {
    this.selection = selection;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.proxy = proxy.orElse(null);
  }

  /**
   * Looks the selection's credential up in the build's context and tracks its use, and reads
   * Jenkins' HTTP proxy.
   */
  public static RancherTarget resolve(TargetSelection selection, Run<?, ?> run)
      throws AbortException {
    String firstUrl = ServerUrls.parse(selection.urls()).get(0).toString();
    StandardUsernamePasswordCredentials key =
        CredentialLookup.forRun(selection.credentialsId(), firstUrl, run);
    try {
      return new RancherTarget(
          selection, key.getUsername(), key.getPassword(), JenkinsProxy.current());
    } catch (IllegalArgumentException e) {
      throw new AbortException("Rancher: " + e.getMessage());
    }
  }

  public TargetSelection selection() {
    return selection;
  }

  public List<String> urls() {
    return ServerUrls.parse(selection.urls()).stream().map(Object::toString).toList();
  }

  public String accessKey() {
    return accessKey;
  }

  public Optional<JenkinsProxy> proxy() {
    return Optional.ofNullable(proxy);
  }

  /** The plain secret key; call only where it goes on the wire or into a masked variable. */
  public String secretKeyPlainText() {
    return secretKey.getPlainText();
  }

  @Override
  public String toString() {
    return "RancherTarget{"
        + selection.server()
        + "/"
        + selection.environment()
        + ", accessKey="
        + accessKey
        + (proxy == null ? "" : ", proxy=" + proxy)
        + "}";
  }
}
