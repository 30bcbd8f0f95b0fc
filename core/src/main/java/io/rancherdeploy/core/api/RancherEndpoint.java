package io.rancherdeploy.core.api;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where and how to reach a Rancher server: one or more URLs (Rancher servers in HA; the client
 * moves to the next when one is down), the key pair, the environment (project) by name or id, and
 * TLS and proxy settings. Immutable; build with {@link #builder(URI)}.
 */
public final class RancherEndpoint {
  private final List<URI> urls;
  private final ApiKey apiKey;
  private final Optional<String> environment;
  private final Optional<String> caCertificatesPem;
  private final boolean insecure;
  private final Optional<URI> proxy;
  private final Predicate<String> noProxy;
  private final Duration requestTimeout;

  private RancherEndpoint(Builder builder) {
    if (builder.urls.isEmpty()) {
      throw new IllegalArgumentException("at least one Rancher URL is required");
    }
    this.urls = List.copyOf(builder.urls);
    this.apiKey = Objects.requireNonNull(builder.apiKey, "apiKey");
    this.environment = Optional.ofNullable(builder.environment).filter(s -> !s.isBlank());
    this.caCertificatesPem =
        Optional.ofNullable(builder.caCertificatesPem).filter(s -> !s.isBlank());
    this.insecure = builder.insecure;
    this.proxy = Optional.ofNullable(builder.proxy);
    this.noProxy = builder.noProxy;
    this.requestTimeout = builder.requestTimeout;
  }

  public static Builder builder(URI url) {
    return new Builder().url(url);
  }

  /** The server URLs, in the order they are tried. */
  public List<URI> urls() {
    return urls;
  }

  public ApiKey apiKey() {
    return apiKey;
  }

  /** The environment (API: project) by name or id; empty means "the only one the key can see". */
  public Optional<String> environment() {
    return environment;
  }

  /** Extra trusted CA certificates, PEM encoded. */
  public Optional<String> caCertificatesPem() {
    return caCertificatesPem;
  }

  /** Skip TLS verification. The client warns loudly whenever this is on. */
  public boolean insecure() {
    return insecure;
  }

  /**
   * The HTTP proxy; its user info ({@code user:password}, percent-encoded) is sent as Basic {@code
   * Proxy-Authorization}.
   */
  public Optional<URI> proxy() {
    return proxy;
  }

  /**
   * The proxy for connections to this host (API calls, event and log websockets): {@link #proxy()}
   * unless the host is one the {@link Builder#noProxy} rule sends directly.
   */
  public Optional<URI> proxyFor(String host) {
    return proxy.filter(p -> host == null || !noProxy.test(host));
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.urls.addAll(urls);
    builder.apiKey = apiKey;
    builder.environment = environment.orElse(null);
    builder.caCertificatesPem = caCertificatesPem.orElse(null);
    builder.insecure = insecure;
    builder.proxy = proxy.orElse(null);
    builder.noProxy = noProxy;
    builder.requestTimeout = requestTimeout;
    return builder;
  }

  @Override
  public String toString() {
    return "RancherEndpoint{urls="
        + urls
        + ", accessKey="
        + apiKey.accessKey()
        + ", environment="
        + environment.orElse("(only)")
        + (insecure ? ", INSECURE" : "")
        + "}";
  }

  public static final class Builder {
    private final List<URI> urls = new ArrayList<>();
    private ApiKey apiKey;
    private String environment;
    private String caCertificatesPem;
    private boolean insecure;
    private URI proxy;
    private Predicate<String> noProxy = host -> false;
    private Duration requestTimeout = Duration.ofSeconds(10);

    private Builder() {}

    public Builder url(URI url) {
      urls.add(Objects.requireNonNull(url, "url"));
      return this;
    }

    public Builder apiKey(ApiKey apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    public Builder environment(String environment) {
      this.environment = environment;
      return this;
    }

    public Builder caCertificatesPem(String pem) {
      this.caCertificatesPem = pem;
      return this;
    }

    public Builder insecure(boolean insecure) {
      this.insecure = insecure;
      return this;
    }

    public Builder proxy(URI proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * Hosts reached directly although a proxy is set (a "no proxy" list, e.g. Jenkins'); asked with
     * the host name of each connection. Default: none.
     */
    public Builder noProxy(Predicate<String> host) {
      this.noProxy = Objects.requireNonNull(host, "noProxy");
      return this;
    }

    public Builder requestTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("requestTimeout must be positive");
      }
      this.requestTimeout = timeout;
      return this;
    }

    public RancherEndpoint build() {
      return new RancherEndpoint(this);
    }
  }
}
