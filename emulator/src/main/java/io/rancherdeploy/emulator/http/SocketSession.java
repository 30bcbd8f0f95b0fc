package io.rancherdeploy.emulator.http;

/** The server's side of an open websocket. Sends are ordered and never block the caller. */
public interface SocketSession {

    void send(String text);

    /** A normal close (status 1000). */
    void close();

    /** Cuts the TCP connection without a close frame (the "dropped websocket" fault). */
    void drop();

    boolean isOpen();
}
