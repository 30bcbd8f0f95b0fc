package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SubscribeTest {

  @RegisterExtension final RancherEmulatorExtension rancher = RancherEmulatorExtension.create();

  private Api api() {
    return new Api(rancher.emulator());
  }

  /** Messages of one subscribe socket; {@code closed} completes with the failure or close. */
  private record Socket(
      WebSocket socket,
      BlockingQueue<JsonNode> messages,
      CompletableFuture<String> closed,
      CompletableFuture<Integer> handshake) {
    JsonNode next() throws InterruptedException {
      JsonNode message = messages.poll(10, TimeUnit.SECONDS);
      assertThat(message).as("a message within 10 s").isNotNull();
      return message;
    }

    JsonNode nextChange(String resourceId, String state) throws InterruptedException {
      while (true) {
        JsonNode message = next();
        if (message.path("resourceId").asText().equals(resourceId)
            && message.path("data").path("resource").path("state").asText().equals(state)) {
          return message;
        }
      }
    }
  }

  private Socket subscribe(Api api, String path) {
    BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    CompletableFuture<String> closed = new CompletableFuture<>();
    CompletableFuture<Integer> handshake = new CompletableFuture<>();
    Request request =
        new Request.Builder()
            .url(api.base().replace("http", "ws") + path)
            .header("Authorization", api.credentials())
            .build();
    WebSocket socket =
        api.client()
            .newWebSocket(
                request,
                new WebSocketListener() {
                  @Override
                  public void onOpen(WebSocket webSocket, Response response) {
                    handshake.complete(response.code());
                  }

                  @Override
                  public void onMessage(WebSocket webSocket, String text) {
                    try {
                      messages.add(Api.JSON.readTree(text));
                    } catch (Exception e) {
                      closed.complete("bad message " + text);
                    }
                  }

                  @Override
                  public void onClosed(WebSocket webSocket, int code, String reason) {
                    closed.complete("closed " + code);
                  }

                  @Override
                  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                    handshake.complete(response == null ? -1 : response.code());
                    closed.complete("failed " + t);
                  }
                });
    return new Socket(socket, messages, closed, handshake);
  }

  @Test
  void pingFirstThenEveryChangeWithTheFullResource() throws Exception {
    Socket socket = subscribe(api(), "/v2-beta/projects/1a5/subscribe?eventNames=resource.change");
    assertThat(socket.handshake().get(10, TimeUnit.SECONDS)).isEqualTo(101);
    assertThat(socket.next().path("name").asText()).isEqualTo("ping");

    String stackId =
        api()
            .post("/v2-beta/projects/1a5/stacks", "{\"name\":\"watched\"}")
            .body()
            .path("id")
            .asText();

    JsonNode created = socket.nextChange(stackId, "activating");
    assertThat(created.path("name").asText()).isEqualTo("resource.change");
    assertThat(created.path("resourceType").asText()).isEqualTo("stack");
    assertThat(created.path("time").asLong()).isPositive();
    JsonNode resource = created.path("data").path("resource");
    assertThat(resource.path("links").path("self").asText())
        .isEqualTo(api().base() + "/v2-beta/projects/1a5/stacks/" + stackId);
    assertThat(resource.path("transitioning").asText()).isEqualTo("yes");
    JsonNode active = socket.nextChange(stackId, "active");
    assertThat(active.path("data").path("resource").path("transitioning").asText()).isEqualTo("no");
    socket.socket().close(1000, "done");
  }

  @Test
  void aChangeOfTheSimulationsOwnFieldsSendsNothing() throws Exception {
    Socket socket = subscribe(api(), "/v2-beta/projects/1a5/subscribe?eventNames=resource.change");
    assertThat(socket.handshake().get(10, TimeUnit.SECONDS)).isEqualTo(101);
    String stackId =
        api()
            .post("/v2-beta/projects/1a5/stacks", "{\"name\":\"quiet\"}")
            .body()
            .path("id")
            .asText();
    String serviceId =
        api()
            .post(
                "/v2-beta/projects/1a5/services",
                "{\"name\":\"web\",\"stackId\":\""
                    + stackId
                    + "\",\"startOnCreate\":true,\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}")
            .body()
            .path("id")
            .asText();

    List<JsonNode> seen = new ArrayList<>();
    JsonNode message;
    do {
      message = socket.next();
      seen.add(message);
    } while (!(message.path("resourceId").asText().equals(serviceId)
        && message.path("data").path("resource").path("state").asText().equals("active")));

    // Starting the container pulled its image on a host: only the host's hidden image cache
    // changed.
    assertThat(seen).extracting(m -> m.path("resourceType").asText()).doesNotContain("host");
    assertThat(seen).extracting(m -> m.path("resourceType").asText()).contains("container");
    socket.socket().close(1000, "done");
  }

  @Test
  void badCredentialsGet401OnTheUpgrade() throws Exception {
    Socket socket = subscribe(api().as("x", "y"), "/v2-beta/subscribe?eventNames=resource.change");
    assertThat(socket.handshake().get(10, TimeUnit.SECONDS)).isEqualTo(401);
  }

  @Test
  void plainGetReturnsAnEmptySubscribeCollection() {
    Api.Answer answer = api().get("/v2-beta/subscribe?eventNames=resource.change");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("resourceType").asText()).isEqualTo("subscribe");
    assertThat(answer.data()).isEmpty();
  }

  @Test
  void droppedWebsocketsEndWithoutACloseFrame() throws Exception {
    Socket socket = subscribe(api(), "/v2-beta/subscribe?eventNames=resource.change");
    assertThat(socket.next().path("name").asText()).isEqualTo("ping");

    rancher.emulator().control().dropWebsockets();

    assertThat(socket.closed().get(10, TimeUnit.SECONDS)).startsWith("failed");
  }
}
