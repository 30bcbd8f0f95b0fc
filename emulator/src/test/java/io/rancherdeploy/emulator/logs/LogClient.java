package io.rancherdeploy.emulator.logs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** A plain OkHttp websocket that records frames, the close code or the failed handshake. */
final class LogClient extends WebSocketListener {

  static final OkHttpClient HTTP =
      new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();

  final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile int closeCode = -1;
  private volatile int handshakeStatus = -1;
  private final WebSocket socket;

  LogClient(String url) {
    socket = HTTP.newWebSocket(new Request.Builder().url(url).build(), this);
  }

  static LogClient dial(HostAccess access) {
    return new LogClient(access.url() + "?token=" + access.token());
  }

  String next() throws InterruptedException {
    String frame = frames.poll(5, TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("no log frame within 5 s");
    }
    return frame;
  }

  List<String> next(int count) throws InterruptedException {
    List<String> received = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      received.add(next());
    }
    return received;
  }

  /** Waits for the end; the close code, or -1 when the handshake or the connection failed. */
  int awaitEnd() throws InterruptedException {
    if (!ended.await(5, TimeUnit.SECONDS)) {
      throw new AssertionError("the log websocket did not end within 5 s");
    }
    return closeCode;
  }

  int handshakeStatus() {
    return handshakeStatus;
  }

  void close() {
    socket.close(1000, "test done");
  }

  /** The extensions the server accepted in the handshake ("" for none). */
  volatile String extensions = "";

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    extensions = response.header("Sec-WebSocket-Extensions", "");
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    frames.add(text);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    closeCode = code;
    webSocket.close(1000, null);
    ended.countDown();
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    if (response != null) {
      handshakeStatus = response.code();
    }
    ended.countDown();
  }
}
