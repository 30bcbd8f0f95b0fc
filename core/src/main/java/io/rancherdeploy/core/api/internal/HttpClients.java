package io.rancherdeploy.core.api.internal;

import io.rancherdeploy.core.api.InvalidEndpointException;
import io.rancherdeploy.core.api.RancherEndpoint;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
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

/**
 * Builds the client's OkHttpClient from the endpoint: timeouts, trusted CAs, insecure mode, proxy.
 */
public final class HttpClients {
  public static final String INSECURE_WARNING =
      "TLS certificate verification is OFF for this Rancher server (insecure mode): anyone on the"
          + " network path can read the API key and change the deploy. Give the server's CA"
          + " certificate instead.";

  private HttpClients() {}

  public static OkHttpClient create(RancherEndpoint endpoint, Consumer<String> warnings) {
    Duration timeout = endpoint.requestTimeout();
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
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
      builder.sslSocketFactory(sslContext(trustAll).getSocketFactory(), trustAll)
          .hostnameVerifier((host, session) -> true);
    } else if (endpoint.caCertificatesPem().isPresent()) {
      X509TrustManager trust = trustManager(endpoint.caCertificatesPem().get());
      builder.sslSocketFactory(sslContext(trust).getSocketFactory(), trust);
    }
    endpoint.proxy().ifPresent(proxy -> configureProxy(builder, proxy));
    return builder.build();
  }

  private static void configureProxy(OkHttpClient.Builder builder, URI proxy) {
    if (proxy.getHost() == null || proxy.getPort() < 0) {
      throw new InvalidEndpointException(
          "The proxy address '"
              + Redaction.uri(proxy)
              + "' needs a host "
              + "and a port, e.g. http://proxy.example.com:3128",
          null);
    }
    builder.proxy(
        new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.getHost(), proxy.getPort())));
    String userInfo = proxy.getUserInfo();
    if (userInfo != null && userInfo.contains(":")) {
      String user = userInfo.substring(0, userInfo.indexOf(':'));
      String password = userInfo.substring(userInfo.indexOf(':') + 1);
      builder.proxyAuthenticator(
          (route, response) ->
              response
                  .request()
                  .newBuilder()
                  .header(
                      "Proxy-Authorization",
                      Credentials.basic(user, password, StandardCharsets.UTF_8))
                  .build());
    }
  }

  /** The JVM's trusted CAs plus the ones given in PEM. */
  static X509TrustManager trustManager(String pem) {
    Collection<? extends Certificate> certificates;
    try {
      certificates = CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
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
