package io.rancherdeploy.bench.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Concurrent log websockets: {@code sockets} followers (follow, timestamps) spread over the
 * service's containers, held open for a while. A socket counts as served when it opened, got lines,
 * never got a line older than the one before (by the container's own line number and by timestamp)
 * and was still open at the end.
 */
final class LogSocketLoad {

  /** The figures of one run. */
  record Result(int asked, int opened, int served, long lines, long outOfOrder, Duration held) {

    double linesPerSecond() {
      return lines / (held.toNanos() / 1e9);
    }
  }

  private static final Pattern NUMBER = Pattern.compile("request (\\d+)");
  private static final Pattern FRAME = Pattern.compile("0[012] (\\S+) .*\n", Pattern.DOTALL);

  private final BenchApi api;
  private final List<String> containerIds;

  LogSocketLoad(BenchApi api, List<String> containerIds) {
    this.api = api;
    this.containerIds = containerIds;
  }

  Result run(int sockets, Duration hold) throws Exception {
    List<Follower> followers = new ArrayList<>();
    CountDownLatch handshakes = new CountDownLatch(sockets);
    for (int i = 0; i < sockets; i++) {
      String container = containerIds.get(i % containerIds.size());
      JsonNode access =
          api.post(
              "/containers/" + container + "/?action=logs",
              "{\"follow\":true,\"lines\":10,\"timestamps\":true}");
      Follower follower = new Follower(handshakes);
      api.http.newWebSocket(
          new Request.Builder()
              .url(access.get("url").asText() + "?token=" + access.get("token").asText())
              .build(),
          follower);
      followers.add(follower);
    }
    handshakes.await(30, TimeUnit.SECONDS);
    long start = System.nanoTime();
    Thread.sleep(hold.toMillis());
    Duration held = Duration.ofNanos(System.nanoTime() - start);
    int opened = 0;
    int served = 0;
    long lines = 0;
    long outOfOrder = 0;
    for (Follower follower : followers) {
      synchronized (follower) {
        opened += follower.opened ? 1 : 0;
        served +=
            follower.opened && !follower.ended && follower.lines > 0 && follower.outOfOrder == 0
                ? 1
                : 0;
        lines += follower.lines;
        outOfOrder += follower.outOfOrder;
      }
      follower.socket.close(1000, "bench done");
    }
    return new Result(sockets, opened, served, lines, outOfOrder, held);
  }

  /** One websocket's counters; OkHttp calls it on one thread per socket, in order. */
  private static final class Follower extends WebSocketListener {
    private final CountDownLatch handshakes;
    private WebSocket socket;
    private boolean opened;
    private boolean ended;
    private long lines;
    private long outOfOrder;
    private long lastNumber = -1;
    private String lastTime = "";

    Follower(CountDownLatch handshakes) {
      this.handshakes = handshakes;
    }

    @Override
    public synchronized void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
      opened = true;
      handshakes.countDown();
    }

    @Override
    public synchronized void onMessage(WebSocket webSocket, String text) {
      lines++;
      Matcher frame = FRAME.matcher(text);
      if (!frame.matches() || frame.group(1).compareTo(lastTime) < 0) {
        outOfOrder++;
        return;
      }
      lastTime = frame.group(1);
      Matcher number = NUMBER.matcher(text);
      if (number.find()) {
        long n = Long.parseLong(number.group(1));
        outOfOrder += n <= lastNumber ? 1 : 0;
        lastNumber = n;
      }
    }

    @Override
    public synchronized void onClosing(WebSocket webSocket, int code, String reason) {
      ended = true;
    }

    @Override
    public synchronized void onFailure(WebSocket webSocket, Throwable t, Response response) {
      socket = webSocket;
      ended = true;
      handshakes.countDown();
    }
  }
}
