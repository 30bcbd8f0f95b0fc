package io.rancherdeploy.core.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherApiException;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.api.RancherUnavailableException;
import io.rancherdeploy.core.api.RequestListener;
import io.rancherdeploy.core.api.RetryPolicy;
import io.rancherdeploy.core.secret.Secret;
import io.rancherdeploy.core.secret.SecretMasker;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wire faults the emulator cannot produce on demand, on a scripted server (MockWebServer). */
class TransportWireFaultsTest {
  private static final String SECRET = "canary-secret-9d1e";
  private static final RetryPolicy FAST =
      new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), 0.5);

  private final MockWebServer server = new MockWebServer();
  private final List<RequestListener.Request> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Transport transport(URI... urls) {
    RancherEndpoint.Builder builder =
        RancherEndpoint.builder(urls[0])
            .apiKey(ApiKey.of("access", SECRET))
            .requestTimeout(Duration.ofSeconds(2));
    for (int i = 1; i < urls.length; i++) {
      builder.url(urls[i]);
    }
    RancherEndpoint endpoint = builder.build();
    Servers servers = new Servers(endpoint.urls());
    var http =
        HttpClients.create(endpoint, w -> {})
            .newBuilder()
            .addInterceptor(new AuthInterceptor(endpoint.apiKey(), servers))
            .build();
    return new Transport(
        http,
        servers,
        FAST,
        seen::add,
        SecretMasker.NONE.withBasicAuth("access", Secret.of(SECRET)));
  }

  private HttpUrl url(String path) {
    return server.url(path);
  }

  @Test
  void getsAreRetriedOn5xxAnd409ThenSucceed() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(
        new MockResponse()
            .setResponseCode(409)
            .setBody("{\"type\":\"error\",\"code\":\"Conflict\"}"));
    server.enqueue(new MockResponse().setBody("{\"id\":\"1s1\"}"));
    Transport.Answer answer =
        transport(server.url("/").uri())
            .send("GET", url("/v2-beta/services/1s1"), null, Transport.Replay.SAFE);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("id").asText()).isEqualTo("1s1");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(seen).extracting(RequestListener.Request::status).containsExactly(503, 409, 200);
    assertThat(seen).extracting(RequestListener.Request::attempt).containsExactly(1, 2, 3);
  }

  @Test
  void aConnectionDroppedMidResponseIsRetriedForSafeRequests() throws Exception {
    server.enqueue(
        new MockResponse()
            .setBody("{\"id\":\"1s1\", \"name\": \"trunc")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setBody("{\"id\":\"1s1\"}"));
    Transport.Answer answer =
        transport(server.url("/").uri()).send("GET", url("/x"), null, Transport.Replay.SAFE);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aNonIdempotentPostIsNotRepeatedAfterItMayHaveReachedTheServer() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("{}"));
    assertThatThrownBy(
            () ->
                transport(server.url("/").uri())
                    .send(
                        "POST",
                        url("/v2-beta/services"),
                        Json.object().put("name", "web"),
                        Transport.Replay.UNSENT_ONLY))
        .isInstanceOf(RancherUnavailableException.class)
        .hasMessageContaining("POST")
        .hasMessageNotContaining(SECRET)
        .hasMessageContaining("after 1 attempt on 1 server URL (not sent again");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aNonIdempotentPostIsRepeatedOn409ButNotOn500() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(409));
    server.enqueue(
        new MockResponse()
            .setResponseCode(500)
            .setBody(
                "{\"type\":\"error\",\"status\":500,"
                    + "\"code\":\"Internal Server Error\",\"message\":\"boom\"}"));
    server.enqueue(new MockResponse().setBody("{}"));
    Transport.Answer answer =
        transport(server.url("/").uri())
            .send("POST", url("/a/?action=activate"), null, Transport.Replay.UNSENT_ONLY);
    assertThat(answer.status()).isEqualTo(500);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void failsOverToTheNextServerWhenOneIsDown() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    URI dead = URI.create("http://127.0.0.1:" + deadPort);
    server.enqueue(new MockResponse().setBody("{\"ok\":true}"));
    Transport transport = transport(dead, server.url("/").uri());
    HttpUrl onDead = HttpUrl.get(dead + "/v2-beta/stacks");
    Transport.Answer answer =
        transport.send("POST", onDead, Json.object(), Transport.Replay.UNSENT_ONLY);
    assertThat(answer.status()).isEqualTo(200);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v2-beta/stacks");
    assertThat(request.getHeader("Authorization")).startsWith("Basic ");
    assertThat(seen).extracting(RequestListener.Request::status).containsExactly(0, 200);
    // later requests go straight to the live server
    server.enqueue(new MockResponse().setBody("{}"));
    transport.send("GET", onDead, null, Transport.Replay.SAFE);
    assertThat(seen).hasSize(3);
  }

  @Test
  void everyServerDownIsUnavailableNamingTheAttempts() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    URI dead = URI.create("http://127.0.0.1:" + deadPort);
    assertThatThrownBy(
            () ->
                transport(dead)
                    .send("GET", HttpUrl.get(dead + "/v2-beta"), null, Transport.Replay.SAFE))
        .isInstanceOf(RancherUnavailableException.class)
        .hasMessageContaining("after 3 attempts on 1 server URL.")
        .hasMessageContaining("127.0.0.1:" + deadPort);
  }

  @Test
  void credentialsGoOnlyToOurServers() throws Exception {
    MockWebServer other = new MockWebServer();
    other.start();
    try {
      other.enqueue(new MockResponse().setBody("{}"));
      transport(server.url("/").uri())
          .send("GET", other.url("/v1/logs/"), null, Transport.Replay.SAFE);
      assertThat(other.takeRequest().getHeader("Authorization")).isNull();
    } finally {
      other.shutdown();
    }
  }

  @Test
  void anHtmlBadGatewayBecomesUnavailableAndARancherErrorKeepsItsFields() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(502)
            .setBody("<html><body><h1>502 Bad Gateway</h1>" + "</body></html>"));
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>again</html>"));
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>again</html>"));
    Transport transport = transport(server.url("/").uri());
    ErrorMapper errors = new ErrorMapper("access", transport.masker());
    Transport.Answer answer = transport.send("GET", url("/v2-beta"), null, Transport.Replay.SAFE);
    assertThat(errors.map(answer))
        .isInstanceOf(RancherUnavailableException.class)
        .hasMessageContaining("502");

    server.enqueue(
        new MockResponse()
            .setResponseCode(422)
            .setBody(
                "{\"type\":\"error\",\"status\":422,"
                    + "\"code\":\"NotUnique\",\"fieldName\":\"name\",\"message\":\"echo "
                    + SECRET
                    + "\"}"));
    Transport.Answer invalid =
        transport.send(
            "POST",
            url("/v2-beta/services?token=abc"),
            Json.object(),
            Transport.Replay.UNSENT_ONLY);
    RancherApiException e = (RancherApiException) errors.map(invalid);
    assertThat(e.status()).isEqualTo(422);
    assertThat(e.code()).isEqualTo("NotUnique");
    assertThat(e.fieldName()).contains("name");
    assertThat(e.getMessage())
        .contains("NotUnique", "'name'", "POST")
        .doesNotContain(SECRET)
        .doesNotContain("token=abc");
  }
}
