package io.rancherdeploy.emulator.logs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * Accepts a log websocket whose {@code ?token=} a {@code logs} action issued, and answers the
 * handshake with 401 (and Rancher's error body) otherwise, as Cattle does. No Basic auth is needed:
 * neither real client sends it here.
 */
final class LogWebSocketCreator implements WebSocketCreator {

  private final Function<String, Optional<LogFollower>> followers;

  LogWebSocketCreator(Function<String, Optional<LogFollower>> followers) {
    this.followers = followers;
  }

  @Override
  public Object createWebSocket(
      ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
    String token = Request.extractQueryParameters(request).getValue("token");
    Optional<LogFollower> follower = followers.apply(token);
    if (follower.isEmpty()) {
      refuse(response, callback, ContainerLogs.UNAUTHORIZED);
      return null;
    }
    response.setExtensions(java.util.List.of()); // no compression, as Rancher's log socket
    return new JettyLogSocket(follower.get());
  }

  private static void refuse(ServerUpgradeResponse response, Callback callback, String message) {
    String body =
        "{\"id\":null,\"type\":\"error\",\"links\":{},\"actions\":{},"
            + "\"status\":401,\"code\":\"Unauthorized\",\"message\":\""
            + message
            + "\",\"detail\":null}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpStatus.UNAUTHORIZED_401);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
