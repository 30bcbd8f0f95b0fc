package io.rancherdeploy.emulator.http;

import java.util.Optional;

/** What the Jetty edge hands every request to. */
public interface RequestDispatcher {

  ApiResponse handle(ApiRequest request);

  /**
   * An upgrade request: empty when no websocket route answers the path (it is then handled as
   * HTTP).
   */
  Optional<SocketAccept> upgrade(ApiRequest request);
}
