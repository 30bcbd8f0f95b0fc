package io.rancherdeploy.emulator.http;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * Adapts Jetty's websocket session to {@link SocketSession}; Jetty queues the sent frames in order.
 */
public final class JettySocketAdapter implements Session.Listener.AutoDemanding, SocketSession {

  private final SocketEndpoint endpoint;
  private final OpenSockets registry;
  private final String description;
  private volatile Session session;

  JettySocketAdapter(SocketEndpoint endpoint, OpenSockets registry, String description) {
    this.endpoint = endpoint;
    this.registry = registry;
    this.description = description;
  }

  @Override
  public void onWebSocketOpen(Session opened) {
    this.session = opened;
    registry.opened(this, description + " from " + opened.getRemoteSocketAddress());
    endpoint.onOpen(this);
  }

  @Override
  public void onWebSocketText(String text) {
    endpoint.onText(text);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    registry.closed(this);
    endpoint.onClose();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    // The close callback follows; nothing to add.
  }

  /**
   * Straight to Jetty, which queues frames in order and writes those queued meanwhile together: a
   * burst of events costs a few writes, not one write (and one wake-up) per event.
   */
  @Override
  public void send(String text) {
    send(text, () -> {});
  }

  @Override
  public void send(String text, Runnable sent) {
    Session current = session;
    if (current != null && current.isOpen()) {
      current.sendText(text, Callback.from(sent, failure -> {}));
    }
  }

  @Override
  public void close() {
    Session current = session;
    if (current != null && current.isOpen()) {
      current.close(StatusCode.NORMAL, "bye", Callback.NOOP);
    }
  }

  @Override
  public void drop() {
    Session current = session;
    if (current != null) {
      current.disconnect();
    }
  }

  @Override
  public boolean isOpen() {
    Session current = session;
    return current != null && current.isOpen();
  }
}
