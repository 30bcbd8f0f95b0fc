package io.rancherdeploy.emulator.logs;

/** Where a follower's frames go: the HTTP layer's side of one log websocket. */
public interface LogSink {

  /**
   * Sends one text frame after the ones before it, and calls {@code sent} once the next may be
   * given (at once is fine for a sink that queues).
   */
  void send(String frame, Runnable sent);

  /** Closes the websocket normally (1000) once the frames given are out. */
  void close();
}
