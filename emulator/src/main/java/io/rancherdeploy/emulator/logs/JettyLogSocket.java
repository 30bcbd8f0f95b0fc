package io.rancherdeploy.emulator.logs;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/** A log follower on a plain Jetty websocket session (Jetty calls it, so it must be public). */
public final class JettyLogSocket implements Session.Listener.AutoDemanding, LogSink {

  private final LogFollower follower;
  private volatile Session session;

  JettyLogSocket(LogFollower follower) {
    this.follower = follower;
  }

  @Override
  public void onWebSocketOpen(Session opened) {
    session = opened;
    follower.start(this);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    follower.stop();
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    follower.stop();
  }

  @Override
  public void send(String frame, Runnable sent) {
    session.sendText(frame, Callback.from(sent, failure -> follower.stop()));
  }

  @Override
  public void close() {
    session.close(StatusCode.NORMAL, "end of log", Callback.NOOP);
  }
}
