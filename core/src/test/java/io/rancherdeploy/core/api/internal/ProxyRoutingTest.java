package io.rancherdeploy.core.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherAuthenticationException;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.api.RetryPolicy;
import io.rancherdeploy.core.secret.SecretMasker;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxy's Basic credentials (from the proxy URI's percent-encoded user info) and the no-proxy
 * rule, over real sockets: a scripted server plays the proxy, another one the Rancher server (or
 * one plays both, behind a CONNECT tunnel, for https).
 */
class ProxyRoutingTest {
  /** Every character a percent-encoder must get right: @ : % / space, and non-ASCII. */
  private static final String PASSWORD = "p@ss:w%rd/ü 1";

  private static final String ENCODED = "p%40ss%3Aw%25rd%2F%C3%BC%201";

  private final MockWebServer proxy = new MockWebServer();
  private final MockWebServer rancher = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    proxy.start();
    rancher.start();
  }

  @AfterEach
  void stop() throws Exception {
    proxy.shutdown();
    rancher.shutdown();
  }

  private URI proxyUri(String userInfo) {
    return URI.create("http://" + userInfo + "@" + proxy.getHostName() + ":" + proxy.getPort());
  }

  private static Transport transport(RancherEndpoint endpoint) {
    return new Transport(
        HttpClients.create(endpoint, w -> {}),
        new Servers(endpoint.urls()),
        RetryPolicy.NONE,
        r -> {},
        SecretMasker.NONE);
  }

  private static RancherEndpoint.Builder endpoint(String url) {
    return RancherEndpoint.builder(URI.create(url))
        .apiKey(ApiKey.of("a", "b"))
        .requestTimeout(Duration.ofSeconds(3));
  }

  private static Transport.Answer get(Transport transport, String url) {
    return transport.send("GET", HttpUrl.get(url), null, Transport.Replay.SAFE);
  }

  @Test
  void percentEncodedCredentialsGoAsBasicProxyAuthorizationFromTheFirstRequest() throws Exception {
    proxy.enqueue(new MockResponse().setBody("{}"));
    Transport transport =
        transport(
            endpoint("http://rancher.invalid:8080").proxy(proxyUri("jenkins:" + ENCODED)).build());

    assertThat(get(transport, "http://rancher.invalid:8080/v2-beta").status()).isEqualTo(200);

    RecordedRequest request = proxy.takeRequest(2, TimeUnit.SECONDS);
    assertThat(request.getRequestLine())
        .isEqualTo("GET http://rancher.invalid:8080/v2-beta HTTP/1.1");
    assertThat(request.getHeader("Proxy-Authorization"))
        .isEqualTo(Credentials.basic("jenkins", PASSWORD, StandardCharsets.UTF_8));
    assertThat(proxy.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRefusedPasswordIsAskedOnceNotTwentyTimes() {
    for (int i = 0; i < 25; i++) {
      proxy.enqueue(
          new MockResponse()
              .setResponseCode(407)
              .setHeader("Proxy-Authenticate", "Basic realm=\"proxy\""));
    }
    Transport transport =
        transport(endpoint("http://rancher.invalid:8080").proxy(proxyUri("jenkins:wrong")).build());

    Transport.Answer answer = get(transport, "http://rancher.invalid:8080/v2-beta");

    assertThat(answer.status()).isEqualTo(407);
    assertThat(proxy.getRequestCount()).isEqualTo(1);
    assertThat(new ErrorMapper("a", SecretMasker.NONE).map(answer))
        .isInstanceOf(RancherAuthenticationException.class)
        .hasMessageContaining("HTTP proxy refused GET http://rancher.invalid:8080/v2-beta (407")
        .hasMessageNotContaining("wrong");
  }

  @Test
  void noProxyHostsGoDirectAndTheOthersThroughTheProxy() throws Exception {
    rancher.enqueue(new MockResponse().setBody("{}"));
    proxy.enqueue(new MockResponse().setBody("{}"));
    String direct = rancher.url("/").toString();
    URI viaProxy = proxyUri("jenkins:" + ENCODED);

    Transport toDirect =
        transport(
            endpoint(direct)
                .proxy(viaProxy)
                .noProxy(host -> host.equals(rancher.getHostName()))
                .build());
    assertThat(get(toDirect, direct + "v2-beta").status()).isEqualTo(200);
    RecordedRequest reached = rancher.takeRequest(2, TimeUnit.SECONDS);
    assertThat(reached.getRequestLine()).isEqualTo("GET /v2-beta HTTP/1.1");
    assertThat(reached.getHeader("Proxy-Authorization")).isNull();
    assertThat(proxy.getRequestCount()).isZero();

    Transport toOther =
        transport(
            endpoint("http://rancher.invalid:8080")
                .proxy(viaProxy)
                .noProxy(host -> host.equals(rancher.getHostName()))
                .build());
    assertThat(get(toOther, "http://rancher.invalid:8080/v2-beta").status()).isEqualTo(200);
    assertThat(proxy.takeRequest(2, TimeUnit.SECONDS).getRequestLine())
        .isEqualTo("GET http://rancher.invalid:8080/v2-beta HTTP/1.1");
  }

  @Test
  void withoutUserInfoNoCredentialsAreSent() throws Exception {
    proxy.enqueue(new MockResponse().setBody("{}"));
    URI bare = URI.create("http://" + proxy.getHostName() + ":" + proxy.getPort());
    Transport transport = transport(endpoint("http://rancher.invalid:8080").proxy(bare).build());

    get(transport, "http://rancher.invalid:8080/v2-beta");

    assertThat(proxy.takeRequest(2, TimeUnit.SECONDS).getHeader("Proxy-Authorization")).isNull();
  }

  @Test
  void anHttpsServerIsReachedThroughATunnelAndTheCredentialsStayOutsideIt() throws Exception {
    MockWebServer tunnel = new MockWebServer();
    tunnel.useHttps(serverContext().getSocketFactory(), true);
    tunnel.enqueue(
        new MockResponse().setSocketPolicy(SocketPolicy.UPGRADE_TO_SSL_AT_END).clearHeaders());
    tunnel.enqueue(new MockResponse().setBody("{}"));
    tunnel.start();
    try {
      URI proxyUri =
          URI.create(
              "http://jenkins:" + ENCODED + "@" + tunnel.getHostName() + ":" + tunnel.getPort());
      Transport transport =
          transport(
              endpoint("https://localhost:8443")
                  .proxy(proxyUri)
                  .caCertificatesPem(caPem())
                  .build());

      assertThat(get(transport, "https://localhost:8443/v2-beta").status()).isEqualTo(200);

      RecordedRequest connect = tunnel.takeRequest(2, TimeUnit.SECONDS);
      assertThat(connect.getRequestLine()).isEqualTo("CONNECT localhost:8443 HTTP/1.1");
      assertThat(connect.getHeader("Proxy-Authorization"))
          .isEqualTo(Credentials.basic("jenkins", PASSWORD, StandardCharsets.UTF_8));
      RecordedRequest inside = tunnel.takeRequest(2, TimeUnit.SECONDS);
      assertThat(inside.getRequestLine()).isEqualTo("GET /v2-beta HTTP/1.1");
      assertThat(inside.getHeader("Proxy-Authorization")).as("read by the server").isNull();
    } finally {
      tunnel.shutdown();
    }
  }

  private static SSLContext serverContext() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = ProxyRoutingTest.class.getResourceAsStream("/tls/server.p12")) {
      store.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  private static String caPem() throws Exception {
    try (InputStream in = ProxyRoutingTest.class.getResourceAsStream("/tls/ca.pem")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
