package io.rancherdeploy.core.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The client's one {@code subscribe?eventNames=resource.change} websocket (rancher-api.md §7). It
 * caches the last resource seen per id with its arrival time, wakes waiters, and feeds listeners.
 * When the socket is refused or drops it is "down": waiters poll instead, and the next {@link
 * #ensureConnected()} after a growing pause dials again. Events are best-effort, so waits keep a
 * slow re-poll even while it is up.
 */
public final class EventHub implements AutoCloseable {
  /** A resource as an event delivered it, and when it arrived ({@link System#nanoTime()}). */
  public record Seen(ObjectNode resource, long arrivedNanos) {}

  private static final int CACHE_SIZE = 5000;
  private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

  /**
   * Rancher pings every 5 s; a socket silent for this long after a ping is dead even if TCP says
   * not.
   */
  private static final Duration SILENCE = Duration.ofSeconds(20);

  private static final Duration LIVE_MARGIN = Duration.ofMillis(20);

  private final OkHttpClient http;
  private final HttpUrl url;
  private final Map<String, Seen> cache =
      new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
          return size() > CACHE_SIZE;
        }
      };
  private final CopyOnWriteArrayList<Consumer<ObjectNode>> listeners = new CopyOnWriteArrayList<>();
  private final Object signal = new Object();
  private WebSocket socket;
  private WebSocket dialing;
  private boolean connecting;
  private volatile long liveSinceNanos = Long.MAX_VALUE;
  private long nextDialNanos = Long.MIN_VALUE;
  private Duration pause = Duration.ofMillis(500);
  private volatile boolean closed;
  private final Map<String, Set<Watch>> watches = new ConcurrentHashMap<>();
  private volatile long lastMessageNanos;
  private volatile boolean pinged;
  private final java.util.concurrent.ScheduledExecutorService timer =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "rancher-events");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * {@code subscribeCollection} is the {@code subscribe} schema's collection URL; empty disables
   * events.
   */
  public EventHub(OkHttpClient http, Optional<HttpUrl> subscribeCollection) {
    this.http =
        http.newBuilder()
            .readTimeout(Duration.ZERO)
            .callTimeout(Duration.ZERO)
            .pingInterval(Duration.ofSeconds(15))
            .build();
    this.url =
        subscribeCollection
            .map(u -> u.newBuilder().addQueryParameter("eventNames", "resource.change").build())
            .orElse(null);
    if (url != null) {
      timer.scheduleWithFixedDelay(this::watchdog, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  /** Redials a dropped socket when its pause is over, and drops a socket that went silent. */
  private void watchdog() {
    WebSocket current;
    synchronized (this) {
      current = socket;
    }
    if (current != null && pinged && System.nanoTime() - lastMessageNanos > SILENCE.toNanos()) {
      current.cancel();
      return;
    }
    ensureConnected();
  }

  /** Dials when down and the pause since the last failure has passed. Never blocks. */
  public synchronized void ensureConnected() {
    if (url == null
        || closed
        || socket != null
        || connecting
        || System.nanoTime() < nextDialNanos) {
      return;
    }
    connecting = true;
    dialing = http.newWebSocket(new Request.Builder().url(url).build(), new Listener());
  }

  /**
   * Dials and waits, at most {@code max}, until the socket is live, so that a resource read after
   * this needs no second read to be sure no event was missed (see {@link #liveSince}). Returns
   * early when the dial fails: waits then poll as usual.
   */
  public boolean connectAndAwaitLive(Duration max) {
    ensureConnected();
    long until = System.nanoTime() + max.toNanos();
    try {
      synchronized (signal) {
        while (!closed) {
          long now = System.nanoTime();
          if (liveSince(now)) {
            return true;
          }
          if (until - now <= 0 || !dialingOrOpen()) {
            return false;
          }
          long step = isLive() ? Math.min(liveSinceNanos - now, until - now) : until - now;
          signal.wait(Math.max(1, step / 1_000_000));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private synchronized boolean dialingOrOpen() {
    return socket != null || connecting;
  }

  /** Whether the socket is up, and has been since before {@code nanos}. */
  public boolean liveSince(long nanos) {
    return liveSinceNanos <= nanos;
  }

  public boolean isLive() {
    return liveSinceNanos != Long.MAX_VALUE;
  }

  /** The last resource an event delivered for this id, if any. */
  public synchronized Optional<Seen> lastSeen(String id) {
    return Optional.ofNullable(cache.get(id));
  }

  /**
   * Registers a wait on one resource: its {@link Watch#await} returns when an event about that
   * resource arrives or the socket comes up or goes down. Only the waits on the resource an event
   * is about wake, so a hundred parallel waits do not all wake for every event.
   */
  public Watch watch(String resourceId) {
    Watch watch = new Watch(resourceId);
    watches.compute(
        resourceId,
        (id, set) -> {
          Set<Watch> next = set == null ? ConcurrentHashMap.newKeySet() : set;
          next.add(watch);
          return next;
        });
    return watch;
  }

  /** One wait's registration; close it when the wait ends. */
  public final class Watch implements AutoCloseable {
    private final String resourceId;
    private boolean signalled;

    private Watch(String resourceId) {
      this.resourceId = resourceId;
    }

    private synchronized void signal() {
      signalled = true;
      notifyAll();
    }

    /**
     * Blocks until an event about the resource or a change of the socket since the last call (or
     * since the watch began), or until the time passes.
     */
    public synchronized void await(Duration max) throws InterruptedException {
      long until = System.nanoTime() + max.toNanos();
      while (!signalled && !closed) {
        long left = until - System.nanoTime();
        if (left <= 0) {
          break;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      signalled = false;
    }

    @Override
    public void close() {
      watches.computeIfPresent(
          resourceId,
          (id, set) -> {
            set.remove(this);
            return set.isEmpty() ? null : set;
          });
    }
  }

  public Runnable addListener(Consumer<ObjectNode> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** The socket came up, went down, turned live or the hub closed: every wait looks again. */
  private void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
    watches.values().forEach(set -> set.forEach(Watch::signal));
  }

  private synchronized void opened(WebSocket webSocket) {
    socket = webSocket;
    connecting = false;
    pause = Duration.ofMillis(500);
    lastMessageNanos = System.nanoTime();
    pinged = false;
    if (closed) {
      webSocket.close(1000, "client closed");
    }
  }

  private synchronized void down(WebSocket which) {
    if (socket != null && socket != which) {
      return;
    }
    if (socket == null && !connecting) {
      return;
    }
    socket = null;
    connecting = false;
    liveSinceNanos = Long.MAX_VALUE;
    nextDialNanos = System.nanoTime() + pause.toNanos();
    pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
  }

  private void received(String text) {
    lastMessageNanos = System.nanoTime();
    if (liveSinceNanos == Long.MAX_VALUE) {
      // Live from the first message (Rancher pings as soon as it has subscribed us), not from the
      // 101:
      // a server may register the subscriber just after the handshake. The margin covers that race.
      liveSinceNanos = lastMessageNanos + LIVE_MARGIN.toNanos();
      wake();
    }
    JsonNode event;
    try {
      event = Json.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      return;
    }
    if ("ping".equals(event.path("name").asText())) {
      pinged = true;
      return;
    }
    JsonNode resource = event.path("data").path("resource");
    if (!"resource.change".equals(event.path("name").asText())
        || !(resource instanceof ObjectNode object)) {
      return;
    }
    String id = object.path("id").asText(event.path("resourceId").asText(""));
    synchronized (this) {
      cache.put(id, new Seen(object, System.nanoTime()));
    }
    Set<Watch> waiting = watches.get(id);
    if (waiting != null) {
      waiting.forEach(Watch::signal);
    }
    for (Consumer<ObjectNode> listener : listeners) {
      try {
        listener.accept(object);
      } catch (RuntimeException e) {
        // A listener's bug must not stop the events of the others.
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    WebSocket current;
    WebSocket pending;
    synchronized (this) {
      current = socket;
      pending = dialing;
    }
    if (current != null) {
      current.close(1000, "client closed");
    }
    if (pending != null && pending != current) {
      pending.cancel();
    }
    wake();
  }

  private final class Listener extends WebSocketListener {
    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      opened(webSocket);
      wake();
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      received(text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
      down(webSocket);
      wake();
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      down(webSocket);
      wake();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      down(webSocket);
      wake();
    }
  }
}
