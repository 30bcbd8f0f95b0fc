package io.rancherdeploy.emulator.http;

/** One server-side websocket conversation, free of Jetty types. */
public interface SocketEndpoint {

  /** Called once the upgrade completed; {@code session} stays valid until {@link #onClose()}. */
  void onOpen(SocketSession session);

  default void onText(String text) {}

  default void onClose() {}

  /**
   * Whether the socket may negotiate permessage-deflate, as Jetty offers by default. A server that
   * does not (Rancher's log socket) answers the upgrade without the extension.
   */
  default boolean compressed() {
    return true;
  }
}
