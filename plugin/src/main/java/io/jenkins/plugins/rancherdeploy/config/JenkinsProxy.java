package io.jenkins.plugins.rancherdeploy.config;

import hudson.ProxyConfiguration;
import hudson.util.Secret;
import io.jenkins.plugins.rancherdeploy.console.SecretPattern;
import io.rancherdeploy.core.api.RancherEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jenkins.model.Jenkins;

/**
 * Jenkins' HTTP proxy (Manage Jenkins > System > HTTP Proxy), read on the controller and carried to
 * the agent with the target. The password stays a {@link Secret} until the client needs it; {@link
 * #toString()} never shows it.
 */
public final class JenkinsProxy implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String host;
  private final int port;
  private final String userName;
  private final Secret password;
  private final NoProxyHosts noProxy;

  private JenkinsProxy(
      String host, int port, String userName, Secret password, NoProxyHosts noProxy) {
    this.host = host;
    this.port = port;
    this.userName = userName;
    this.password = password;
    this.noProxy = noProxy;
  }

  /** The proxy configured in Jenkins, if any (read on the controller only). */
  public static Optional<JenkinsProxy> current() {
    ProxyConfiguration configured = Jenkins.get().getProxy();
    if (configured == null) {
      return Optional.empty();
    }
    return of(
        configured.getName(),
        configured.getPort(),
        configured.getUserName(),
        configured.getSecretPassword(),
        configured.getNoProxyHost());
  }

  /**
   * @param name the proxy's host; blank means no proxy, as in Jenkins
   * @param userName blank means no proxy authentication
   */
  public static Optional<JenkinsProxy> of(
      String name, int port, String userName, Secret password, String noProxyHost) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    if (port <= 0 || port > 65535) {
      throw new IllegalArgumentException(
          "Jenkins' HTTP proxy "
              + name.trim()
              + " has port "
              + port
              + "; set a port from 1 to 65535 under Manage Jenkins > System > HTTP Proxy");
    }
    String user = userName == null || userName.isBlank() ? null : userName.trim();
    return Optional.of(
        new JenkinsProxy(
            name.trim(),
            port,
            user,
            user == null ? null : password,
            NoProxyHosts.parse(noProxyHost)));
  }

  /** {@code host:port}, for messages. */
  public String address() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** Whether Jenkins' no-proxy list sends connections to this host directly. */
  public boolean bypasses(String host) {
    return noProxy.matches(host);
  }

  /** How connections to this URL go, for the console. */
  public String route(String url) {
    String urlHost = URI.create(url).getHost();
    return bypasses(urlHost)
        ? "directly: " + urlHost + " is a no-proxy host in Jenkins' proxy settings"
        : "through Jenkins' HTTP proxy " + address();
  }

  /** The proxy password in plain text, to mask it; empty without authentication. */
  Optional<String> passwordPlainText() {
    return userName == null || password == null
        ? Optional.empty()
        : Optional.of(password.getPlainText()).filter(p -> !p.isEmpty());
  }

  /** {@code pattern} plus this proxy's credentials (the password and its Basic forms), if any. */
  public SecretPattern maskedIn(SecretPattern pattern) {
    return passwordPlainText().map(p -> pattern.withBasicAuth(userName, p)).orElse(pattern);
  }

  /** Sets this proxy, its credentials and its no-proxy hosts on a core endpoint. */
  public RancherEndpoint.Builder applyTo(RancherEndpoint.Builder endpoint) {
    String userInfo =
        userName == null
            ? ""
            : userInfo(userName, password == null ? "" : password.getPlainText()) + "@";
    return endpoint.proxy(URI.create("http://" + userInfo + address())).noProxy(this::bypasses);
  }

  /**
   * {@code user:password} as a URI's user info: every byte but the unreserved characters
   * percent-encoded (UTF-8), so {@code @ : % /} and the like survive; core decodes it.
   */
  static String userInfo(String user, String password) {
    return encode(user) + ":" + encode(password);
  }

  private static String encode(String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.write(c);
      } else {
        out.writeBytes(String.format("%%%02X", b & 0xff).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return "JenkinsProxy{"
        + address()
        + (userName == null ? "" : ", user=" + userName)
        + (noProxy.entries().isEmpty() ? "" : ", noProxy=" + noProxy)
        + "}";
  }
}
