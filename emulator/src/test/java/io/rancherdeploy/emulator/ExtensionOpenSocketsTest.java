package io.rancherdeploy.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RancherEmulatorExtension} fails the class (or test) that leaves event or log websockets
 * open when the emulator stops, naming each; the builder's opt-out lets them be. The extension's
 * callbacks are driven by hand here (they do not read the JUnit context).
 */
class ExtensionOpenSocketsTest {

  private final OkHttpClient http =
      new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void releaseClient() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void aClassThatLeavesEventAndLogSocketsOpenFailsNamingThem() throws Exception {
    RancherEmulatorExtension extension = RancherEmulatorExtension.create();
    extension.beforeAll(null);
    RancherEmulator rancher = extension.emulator();
    WebSocket events = open(rancher, "/v2-beta/subscribe?eventNames=resource.change");
    String container = someContainer(rancher);
    WebSocket logs = open(rancher, logsUrl(rancher, container));
    awaitOpen(rancher, 2);
    try {
      assertThatThrownBy(() -> extension.afterAll(null))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("2 websocket(s) still open when the emulator stopped")
          .hasMessageContaining("GET /v2-beta/subscribe?eventNames=resource.change")
          .hasMessageContaining("logs of container " + container + " (")
          .hasMessageContaining("allowWebSocketsOpenAtStop()")
          .hasMessageNotContaining("token=");
    } finally {
      events.cancel();
      logs.cancel();
    }
  }

  @Test
  void socketsClosedByTheTestPassAndTheOptOutAllowsOpenOnes() throws Exception {
    RancherEmulatorExtension closing = RancherEmulatorExtension.create();
    closing.beforeAll(null);
    WebSocket events = open(closing.emulator(), "/v2-beta/subscribe?eventNames=resource.change");
    events.close(1000, "done");
    assertThatCode(() -> closing.afterAll(null)).doesNotThrowAnyException();

    RancherEmulatorExtension lenient =
        RancherEmulatorExtension.configure(b -> b.allowWebSocketsOpenAtStop());
    lenient.beforeAll(null);
    WebSocket left = open(lenient.emulator(), "/v2-beta/subscribe?eventNames=resource.change");
    try {
      awaitOpen(lenient.emulator(), 1);
      assertThatCode(() -> lenient.afterAll(null)).doesNotThrowAnyException();
    } finally {
      left.cancel();
    }
  }

  /** Opens a websocket with the Default key and waits for the handshake's 101. */
  private WebSocket open(RancherEmulator rancher, String pathOrUrl) throws Exception {
    CompletableFuture<Integer> handshake = new CompletableFuture<>();
    String url =
        pathOrUrl.startsWith("ws") ? pathOrUrl : "ws://127.0.0.1:" + rancher.port() + pathOrUrl;
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", Credentials.basic(rancher.accessKey(), rancher.secretKey()))
            .build();
    WebSocket socket =
        http.newWebSocket(
            request,
            new WebSocketListener() {
              @Override
              public void onOpen(WebSocket webSocket, Response response) {
                handshake.complete(response.code());
              }

              @Override
              public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                handshake.completeExceptionally(t);
              }
            });
    assertThat(handshake.get(10, TimeUnit.SECONDS)).isEqualTo(101);
    return socket;
  }

  /** The server registers a socket once its open callback ran, just after the client's 101. */
  private static void awaitOpen(RancherEmulator rancher, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (rancher.openWebSockets().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(rancher.openWebSockets()).hasSize(count);
  }

  /** A running container of a one-container service. */
  private String someContainer(RancherEmulator rancher) throws Exception {
    String stack = post(rancher, "/v2-beta/stacks", "{\"name\":\"demo\"}").path("id").asText();
    String service =
        post(
                rancher,
                "/v2-beta/services",
                "{\"name\":\"web\",\"stackId\":\""
                    + stack
                    + "\",\"scale\":1,\"launchConfig\":{\"imageUuid\":\"docker:nginx\"}}")
            .path("id")
            .asText();
    rancher.control().awaitState(service, "inactive", Duration.ofSeconds(10));
    post(rancher, "/v2-beta/services/" + service + "/?action=activate", "");
    rancher.control().awaitState(service, "active", Duration.ofSeconds(10));
    return rancher.control().containers(service).get(0).path("id").asText();
  }

  private String logsUrl(RancherEmulator rancher, String container) throws Exception {
    var access =
        post(rancher, "/v2-beta/containers/" + container + "/?action=logs", "{\"follow\":true}");
    return access.path("url").asText() + "?token=" + access.path("token").asText();
  }

  private com.fasterxml.jackson.databind.JsonNode post(
      RancherEmulator rancher, String path, String body) throws Exception {
    Request request =
        new Request.Builder()
            .url(rancher.url() + path)
            .header("Authorization", Credentials.basic(rancher.accessKey(), rancher.secretKey()))
            .post(RequestBody.create(body, MediaType.get("application/json")))
            .build();
    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).as(path).isLessThan(300);
      return new ObjectMapper().readTree(response.body().string());
    }
  }
}
