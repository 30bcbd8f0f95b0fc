package io.rancherdeploy.emulator.http;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Adapts Jetty's websocket session to {@link SocketSession}; sends are queued so they never
 * overlap.
 */
public final class JettySocketAdapter implements Session.Listener.AutoDemanding, SocketSession {

    private final SocketEndpoint endpoint;
  private final OpenSockets registry;
  private final String description;
    private final Queue<String> outbox = new ArrayDeque<>();
    private volatile Session session;
    private boolean sending;

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

    @Override
    public void send(String text) {
        synchronized (outbox) {
            if (!isOpen()) {
                return;
            }
            outbox.add(text);
            if (sending) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    /** Straight to Jetty, which queues frames in order and writes the queued ones together. */
    @Override
    public void send(String text, Runnable sent) {
        Session current = session;
        if (current != null && current.isOpen()) {
            current.sendText(text, Callback.from(sent, failure -> { }));
        }
    }

    private void sendNext() {
        String next;
        synchronized (outbox) {
            next = outbox.poll();
            if (next == null || !isOpen()) {
                sending = false;
                outbox.clear();
                return;
            }
        }
        session.sendText(next, Callback.from(this::sendNext, failure -> {
            synchronized (outbox) {
                sending = false;
                outbox.clear();
            }
        }));
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
