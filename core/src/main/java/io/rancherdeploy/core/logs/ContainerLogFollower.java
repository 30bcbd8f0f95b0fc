package io.rancherdeploy.core.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.Container;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.ResourceState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Follows one container's log websocket. Asks for timestamps always, so that after a dropped socket
 * it can ask again from the last timestamp seen ({@code since} is inclusive) and skip the lines it
 * already delivered at that instant: no line lost, none repeated. The sink blocks when the consumer
 * is behind, which stops reading the socket (backpressure reaches the server through TCP).
 */
final class ContainerLogFollower {
  /** Where lines go; blocks while the consumer is behind. */
  interface Sink {
    void accept(LogLine line) throws InterruptedException;
  }

  /** What to ask for on the first connection. */
  record Start(int tail, Optional<Instant> since, boolean follow) {}

  private static final int RESUME_LINES = 1_000_000;
  private static final int MAX_FAILURES_WITHOUT_PROGRESS = 8;

  private final RancherClient client;
  private final OkHttpClient sockets;
  private final ScheduledExecutorService scheduler;
  private final String service;
  private final Sink sink;
  private final Start start;
  private final Runnable onDone;
  private volatile Container container;
  private volatile WebSocket socket;
  private volatile boolean closed;
  private volatile boolean done;
  private Instant lastTimestamp;
  private int linesAtLastTimestamp;
  private int toSkip;
  private boolean connectedOnce;
  private int failures;
  private long delivered;

  ContainerLogFollower(
      RancherClient client,
      OkHttpClient sockets,
      ScheduledExecutorService scheduler,
      Container container,
      String service,
      Start start,
      Sink sink,
      Runnable onDone) {
    this.client = client;
    this.sockets = sockets;
    this.scheduler = scheduler;
    this.container = container;
    this.service = service;
    this.start = start;
    this.sink = sink;
    this.onDone = onDone;
  }

  void start() {
    run(this::connect);
  }

  /** Runs on the streamer's scheduler unless it has shut down (the streamer closed). */
  private void run(Runnable task) {
    try {
      scheduler.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      this.closed = true;
    }
  }

  boolean isDone() {
    return done;
  }

  long delivered() {
    return delivered;
  }

  /** Called when the container runs again after its follower finished: go on from the last line. */
  synchronized boolean revive(Container running) {
    if (!done || closed) {
      return false;
    }
    container = running;
    done = false;
    run(this::connect);
    return true;
  }

  /** Cuts the socket as a network failure would (for tests of the resume). */
  void dropConnection() {
    WebSocket current = socket;
    if (current != null) {
      current.cancel();
    }
  }

  void close() {
    closed = true;
    WebSocket current = socket;
    if (current != null) {
      current.cancel();
    }
  }

  private synchronized void connect() {
    if (closed || done) {
      return;
    }
    ObjectNode input =
        io.rancherdeploy.core.api.internal.Json.object()
            .put("follow", start.follow())
            .put("timestamps", true);
    if (lastTimestamp != null) {
      input.put("lines", RESUME_LINES).put("since", lastTimestamp.toString());
      toSkip = linesAtLastTimestamp;
    } else if (!connectedOnce && start.tail() == 0 && start.since().isEmpty()) {
      // No history: Docker reads lines=0 as none but some servers as all, so ask from now on
      // instead.
      input.put("lines", RESUME_LINES).put("since", Instant.now().toString());
    } else {
      input.put("lines", connectedOnce ? RESUME_LINES : start.tail());
      start.since().ifPresent(since -> input.put("since", since.toString()));
    }
    ObjectNode access;
    try {
      if (!container.hasAction("logs")) {
        finish();
        return;
      }
      access = client.actionOutput(container, "logs", input);
    } catch (RancherDeployException e) {
      retryOrFinish();
      return;
    }
    HttpUrl url = HttpUrl.parse(access.path("url").asText("").replaceFirst("^ws", "http"));
    if (url == null) {
      finish();
      return;
    }
    connectedOnce = true;
    HttpUrl withToken =
        url.newBuilder().setQueryParameter("token", access.path("token").asText("")).build();
    WebSocket opened =
        sockets.newWebSocket(new Request.Builder().url(withToken).build(), new Listener());
    socket = opened;
    // A close() during the logs action above found no socket to cancel: cancel it here. Both
    // fields are volatile, so one of the two sides always sees the other's write.
    if (closed) {
      opened.cancel();
    }
  }

  private void deliver(String frame) throws InterruptedException {
    List<LogFrames.Parsed> lines = LogFrames.parse(frame, true);
    for (LogFrames.Parsed parsed : lines) {
      if (!fresh(parsed.timestamp())) {
        continue;
      }
      sink.accept(
          new LogLine(
              service, container.name(), parsed.stream(), parsed.timestamp(), parsed.text()));
      delivered++;
      failures = 0;
    }
  }

  /**
   * Whether a line is new, given what was delivered before a reconnect; updates the resume point.
   */
  private boolean fresh(Optional<Instant> timestamp) {
    if (timestamp.isEmpty()) {
      return true;
    }
    Instant at = timestamp.get();
    if (lastTimestamp != null && at.isBefore(lastTimestamp)) {
      return false;
    }
    if (lastTimestamp != null && at.equals(lastTimestamp)) {
      if (toSkip > 0) {
        toSkip--;
        return false;
      }
      linesAtLastTimestamp++;
      return true;
    }
    lastTimestamp = at;
    linesAtLastTimestamp = 1;
    toSkip = 0;
    return true;
  }

  /** After the socket ended: go on while the container may still write, else finish. */
  private synchronized void ended(boolean failed) {
    socket = null;
    if (closed || done) {
      return;
    }
    if (!start.follow() && !failed) {
      finish();
      return;
    }
    Optional<Container> now;
    try {
      now = client.reload(container);
    } catch (RancherDeployException e) {
      retryOrFinish();
      return;
    }
    if (now.isEmpty() || now.get().isRemoved()) {
      finish();
      return;
    }
    container = now.get();
    ResourceState state = container.state();
    boolean mayWrite =
        state == ResourceState.RUNNING || state.isTransitioning() && !state.isRemoved();
    if (failed || mayWrite) {
      retryOrFinish();
    } else {
      finish();
    }
  }

  private void retryOrFinish() {
    if (closed || ++failures > MAX_FAILURES_WITHOUT_PROGRESS) {
      finish();
      return;
    }
    long pause = Math.min(2000, 50L << Math.min(failures, 6));
    try {
      scheduler.schedule(this::connect, pause, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException shutDown) {
      closed = true;
    }
  }

  private void finish() {
    if (!done) {
      done = true;
      onDone.run();
    }
  }

  private final class Listener extends WebSocketListener {
    @Override
    public void onMessage(WebSocket webSocket, String text) {
      try {
        deliver(text);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        webSocket.cancel();
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      run(() -> ended(false));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      run(() -> ended(true));
    }
  }
}
