package io.rancherdeploy.emulator.http;

/** The outcome of a websocket upgrade request: open an endpoint, or answer with an HTTP error. */
public sealed interface SocketAccept {

  record Open(SocketEndpoint endpoint) implements SocketAccept {}

  record Reject(ApiResponse response) implements SocketAccept {}

  static SocketAccept open(SocketEndpoint endpoint) {
    return new Open(endpoint);
  }

  static SocketAccept reject(ApiResponse response) {
    return new Reject(response);
  }
}
