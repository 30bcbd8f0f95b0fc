package io.rancherdeploy.emulator.http;

/** The server's side of an open websocket. Sends are ordered and never block the caller. */
public interface SocketSession {

  void send(String text);

  /**
   * Sends like {@link #send(String)} and calls {@code sent} once the text is written, so that a
   * sender can bound what it has queued; not to be mixed with {@link #send(String)} on one session.
   */
  default void send(String text, Runnable sent) {
    send(text);
    sent.run();
  }

  /** A normal close (status 1000). */
  void close();

  /** Cuts the TCP connection without a close frame (the "dropped websocket" fault). */
  void drop();

  boolean isOpen();
}
