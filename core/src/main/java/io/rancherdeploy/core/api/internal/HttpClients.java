package io.rancherdeploy.core.api.internal;

import io.rancherdeploy.core.api.InvalidEndpointException;
import io.rancherdeploy.core.api.RancherEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Builds the client's OkHttpClient from the endpoint: timeouts, trusted CAs, insecure mode, proxy.
 */
public final class HttpClients {
  public static final String INSECURE_WARNING =
      "TLS certificate verification is OFF for this Rancher server (insecure mode): anyone on the"
          + " network path can read the API key and change the deploy. Give the server's CA"
          + " certificate instead.";

  private static final String PROXY_AUTHORIZATION = "Proxy-Authorization";

  private HttpClients() {}

  public static OkHttpClient create(RancherEndpoint endpoint, Consumer<String> warnings) {
    Duration timeout = endpoint.requestTimeout();
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            .callTimeout(timeout)
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .pingInterval(Duration.ofSeconds(20));
    if (endpoint.insecure()) {
      warnings.accept(INSECURE_WARNING);
      X509TrustManager trustAll = new TrustAll();
      builder
          .sslSocketFactory(sslContext(trustAll).getSocketFactory(), trustAll)
          .hostnameVerifier((host, session) -> true);
    } else if (endpoint.caCertificatesPem().isPresent()) {
      X509TrustManager trust = trustManager(endpoint.caCertificatesPem().get());
      builder.sslSocketFactory(sslContext(trust).getSocketFactory(), trust);
    }
    endpoint.proxy().ifPresent(proxy -> configureProxy(builder, endpoint, proxy));
    return builder.build();
  }

  private static void configureProxy(
      OkHttpClient.Builder builder, RancherEndpoint endpoint, URI proxy) {
    if (proxy.getHost() == null || proxy.getPort() < 0) {
      throw new InvalidEndpointException(
          "The proxy address '"
              + Redaction.uri(proxy)
              + "' needs a host "
              + "and a port, e.g. http://proxy.example.com:3128",
          null);
    }
    Proxy http =
        new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.getHost(), proxy.getPort()));
    builder.proxySelector(new NoProxySelector(endpoint, http));
    String userInfo = proxy.getUserInfo();
    if (userInfo != null && userInfo.contains(":")) {
      String credentials =
          Credentials.basic(
              userInfo.substring(0, userInfo.indexOf(':')),
              userInfo.substring(userInfo.indexOf(':') + 1),
              StandardCharsets.UTF_8);
      // Plain-HTTP requests through the proxy, websockets too, carry the credentials from the
      // first request (no 407 round trip each time); never a request that goes directly or inside
      // a TLS tunnel, which the server itself would read. An application interceptor: OkHttp
      // runs no network interceptor for a websocket.
      builder.addInterceptor(
          chain -> {
            Request request = chain.request();
            boolean viaProxy = endpoint.proxyFor(request.url().host()).isPresent();
            return chain.proceed(
                viaProxy && !request.isHttps()
                    ? request.newBuilder().header(PROXY_AUTHORIZATION, credentials).build()
                    : request);
          });
      // A 407 (to a CONNECT for https, or a refusal): answer once; the same credentials again
      // would only be refused again, up to OkHttp's 20 follow-ups.
      builder.proxyAuthenticator(
          (route, response) ->
              response.request().header(PROXY_AUTHORIZATION) != null
                  ? null
                  : response
                      .request()
                      .newBuilder()
                      .header(PROXY_AUTHORIZATION, credentials)
                      .build());
    }
  }

  /** The proxy for every host but those the endpoint's no-proxy rule sends directly. */
  private static final class NoProxySelector extends ProxySelector {
    private final RancherEndpoint endpoint;
    private final Proxy proxy;

    NoProxySelector(RancherEndpoint endpoint, Proxy proxy) {
      this.endpoint = endpoint;
      this.proxy = proxy;
    }

    @Override
    public List<Proxy> select(URI uri) {
      return List.of(endpoint.proxyFor(uri.getHost()).isPresent() ? proxy : Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      // OkHttp reports the failure itself; there is no other proxy to fall back to.
    }
  }

  /** The JVM's trusted CAs plus the ones given in PEM. */
  static X509TrustManager trustManager(String pem) {
    Collection<? extends Certificate> certificates;
    try {
      certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new InvalidEndpointException(
          "The CA certificates could not be read as PEM X.509 certificates ("
              + e.getMessage()
              + "); give one or more '-----BEGIN CERTIFICATE-----' blocks",
          e);
    }
    if (certificates.isEmpty()) {
      throw new InvalidEndpointException(
          "The CA certificates text holds no certificate; give one or more "
              + "'-----BEGIN CERTIFICATE-----' blocks",
          null);
    }
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("custom-" + i++, certificate);
      }
      for (X509Certificate system : systemTrustManager().getAcceptedIssuers()) {
        store.setCertificateEntry("system-" + i++, system);
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return onlyX509(List.of(factory.getTrustManagers()));
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("could not build a trust store", e);
    }
  }

  private static X509TrustManager systemTrustManager() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    return onlyX509(List.of(factory.getTrustManagers()));
  }

  private static X509TrustManager onlyX509(List<TrustManager> managers) {
    return managers.stream()
        .filter(X509TrustManager.class::isInstance)
        .map(X509TrustManager.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no X509TrustManager"));
  }

  private static SSLContext sslContext(X509TrustManager trust) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not build a TLS context", e);
    }
  }

  /** Accepts every certificate: only behind the insecure switch, which warns. */
  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
