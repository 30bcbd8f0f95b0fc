package io.rancherdeploy.core.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.InvalidEndpointException;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.api.RancherUnavailableException;
import io.rancherdeploy.core.api.RetryPolicy;
import io.rancherdeploy.core.secret.SecretMasker;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TLS with a private CA, insecure mode and an HTTP proxy, on a scripted server. */
class TlsAndProxyTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.useHttps(serverContext().getSocketFactory(), false);
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static SSLContext serverContext() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = TlsAndProxyTest.class.getResourceAsStream("/tls/server.p12")) {
      store.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  private static String caPem() throws Exception {
    try (InputStream in = TlsAndProxyTest.class.getResourceAsStream("/tls/ca.pem")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  private Transport transport(RancherEndpoint endpoint, List<String> warnings) {
    Servers servers = new Servers(endpoint.urls());
    return new Transport(
        HttpClients.create(endpoint, warnings::add),
        servers,
        RetryPolicy.NONE,
        r -> {},
        SecretMasker.NONE);
  }

  private RancherEndpoint.Builder endpoint() {
    return RancherEndpoint.builder(server.url("/").uri())
        .apiKey(ApiKey.of("a", "b"))
        .requestTimeout(Duration.ofSeconds(3));
  }

  @Test
  void trustsAPrivateCaGivenAsPem() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    Transport transport =
        transport(endpoint().caCertificatesPem(caPem()).build(), new ArrayList<>());
    assertThat(transport.send("GET", server.url("/v2-beta"), null, Transport.Replay.SAFE).status())
        .isEqualTo(200);
  }

  @Test
  void anUntrustedCertificateFailsAtOnceWithAHint() {
    server.enqueue(new MockResponse().setBody("{}"));
    Transport transport = transport(endpoint().build(), new ArrayList<>());
    assertThatThrownBy(
            () -> transport.send("GET", server.url("/v2-beta"), null, Transport.Replay.SAFE))
        .isInstanceOf(RancherUnavailableException.class)
        .hasMessageContaining("TLS")
        .hasMessageContaining("CA");
  }

  @Test
  void insecureModeWorksAndWarnsLoudly() {
    server.enqueue(new MockResponse().setBody("{}"));
    List<String> warnings = new ArrayList<>();
    Transport transport = transport(endpoint().insecure(true).build(), warnings);
    assertThat(transport.send("GET", server.url("/v2-beta"), null, Transport.Replay.SAFE).status())
        .isEqualTo(200);
    assertThat(warnings).singleElement().asString().contains("verification is OFF");
  }

  @Test
  void aBadPemIsAnInputErrorThatSaysWhatToGive() {
    assertThatThrownBy(
            () ->
                HttpClients.create(
                    endpoint().caCertificatesPem("not a certificate").build(), w -> {}))
        .isInstanceOf(InvalidEndpointException.class)
        .hasMessageContaining("BEGIN CERTIFICATE");
  }

  @Test
  void requestsGoThroughTheProxy() throws Exception {
    MockWebServer proxy = new MockWebServer();
    proxy.start();
    try {
      proxy.enqueue(new MockResponse().setBody("{}"));
      RancherEndpoint endpoint =
          RancherEndpoint.builder(URI.create("http://rancher.invalid:8080"))
              .apiKey(ApiKey.of("a", "b"))
              .proxy(proxy.url("/").uri())
              .build();
      Transport transport = transport(endpoint, new ArrayList<>());
      transport.send(
          "GET", HttpUrl.get("http://rancher.invalid:8080/v2-beta"), null, Transport.Replay.SAFE);
      RecordedRequest request = proxy.takeRequest();
      assertThat(request.getRequestLine())
          .isEqualTo("GET http://rancher.invalid:8080/v2-beta HTTP/1.1");
    } finally {
      proxy.shutdown();
    }
  }
}
