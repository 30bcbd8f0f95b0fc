package io.rancherdeploy.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * Every container's log. The simulation tells it when containers start, stop and go away and what
 * they say about it; a pump writes each running container's own lines at its behaviour's rate; the
 * {@code logs} action gets a token here and the websocket at {@link #PATH} reads with it.
 */
public final class ContainerLogs implements AutoCloseable {

  public static final String PATH = "/v1/logs/";

  /** Why a log websocket handshake gets 401. */
  public static final String UNAUTHORIZED =
      "The log websocket needs a valid token from a container's logs action: ?token=...";

  public static final int DEFAULT_CAPACITY = 2_000;

  /** Threads that hand lines to the websockets; each socket is served by one at a time. */
  private static final int SENDERS = 2;

  /** How much faster than real time logs run when delays are scaled to nothing (speed 0). */
  static final double FASTEST = 20.0;

  /**
   * How often the writer wakes. Each wake writes what the real time elapsed since the last one
   * makes due (not a fixed tick's worth), so a late wake catches up instead of losing lines.
   */
  private static final Duration WAKE = Duration.ofMillis(5);

  private final long seed;
  private final InstantSource clock;
  private final double timeScale;
  private final int capacity;
  private final Map<String, ContainerLog> logs = new ConcurrentHashMap<>();
  private final LogTokens tokens = new LogTokens();
  private final LogFollowers followers;
  private final ScheduledExecutorService pump;
  private final ExecutorService senders;
  private long lastWake;

  /**
   * @param seed the emulator's seed: the same seed writes the same lines
   * @param clock the emulator's clock, for the lines' times
   * @param speed the emulator's factor on delays: 1 writes at the behaviours' rates, 0.5 twice as
   *     fast, 0 as fast as {@value #FASTEST} times the rates
   */
  public ContainerLogs(long seed, InstantSource clock, double speed) {
    this(seed, clock, speed, DEFAULT_CAPACITY);
  }

  public ContainerLogs(long seed, InstantSource clock, double speed, int capacity) {
    this.seed = seed;
    this.clock = clock;
    this.timeScale = speed <= 0 ? FASTEST : Math.min(FASTEST, 1.0 / speed);
    this.capacity = capacity;
    this.pump = Executors.newSingleThreadScheduledExecutor(daemon("emulator-logs-writer"));
    this.senders = Executors.newFixedThreadPool(SENDERS, daemon("emulator-logs-sender"));
    this.followers = new LogFollowers(senders);
    this.lastWake = System.nanoTime();
    long wake = WAKE.toNanos();
    pump.scheduleWithFixedDelay(this::pumpOnce, wake, wake, TimeUnit.NANOSECONDS);
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  public void started(LogSource source) {
    log(source.containerId()).start(source, clock.instant());
  }

  /**
   * Followers get what is left and their websocket closes; the lines stay readable. {@code
   * lastWords} (e.g. a non-zero exit) is the container's final stderr line.
   */
  public void stopped(String containerId, Optional<String> lastWords) {
    Optional.ofNullable(logs.get(containerId))
        .ifPresent(log -> log.stop(clock.instant(), lastWords));
  }

  public void removed(String containerId) {
    ContainerLog log = logs.remove(containerId);
    tokens.revoke(containerId);
    if (log != null) {
      log.stop(clock.instant(), Optional.empty());
    }
  }

  /** A line the container writes about itself (a crash, a stop); several lines are split. */
  public void write(String containerId, LogStream stream, String text) {
    log(containerId).write(clock.instant(), stream, text);
  }

  private void pumpOnce() {
    long now = System.nanoTime();
    Duration elapsed = Duration.ofNanos(now - lastWake);
    lastWake = now;
    try {
      advance(elapsed);
    } catch (Throwable e) {
      // A scheduled task that throws is never run again: one bad wake must not silence every log.
      System.err.println("rancher-emulator: writing container logs failed: " + e);
    }
  }

  /** Writes the lines due after {@code real} more real time of running, for every container. */
  public void advance(Duration real) {
    double simulatedSeconds = real.toNanos() / 1e9 * timeScale;
    for (ContainerLog log : logs.values()) {
      try {
        log.advance(simulatedSeconds, clock.instant(), capacity);
      } catch (RuntimeException e) {
        // One container's failure must not stop the others' lines.
        System.err.println("rancher-emulator: writing a container's log failed: " + e);
      }
    }
  }

  /**
   * The {@code logs} action: reads its input and issues a token for the websocket.
   *
   * @param requestBase the scheme and authority the request came to, e.g. {@code
   *     http://127.0.0.1:8080}
   * @throws LogInputException when the input is bad (answer 422 with its field)
   */
  public HostAccess logsAction(String containerId, JsonNode input, URI requestBase) {
    LogOptions options = LogOptions.fromInput(input, clock.instant());
    log(containerId);
    String token = tokens.issue(new LogGrant(containerId, options));
    return new HostAccess(HostAccess.logsUrl(requestBase), token);
  }

  /** Every line still held for a container, oldest first. */
  public List<LogEntry> lines(String containerId) {
    ContainerLog log = logs.get(containerId);
    return log == null ? List.of() : log.buffer.tail(Optional.empty(), 0).entries();
  }

  /**
   * How many lines the containers known now have written since they were first started (held or
   * already dropped), for benchmarks that compare it with what readers got.
   */
  public long linesWritten() {
    long sum = 0;
    for (ContainerLog log : logs.values()) {
      sum += log.buffer.lastSeq();
    }
    return sum;
  }

  /**
   * How many lines followers skipped because they fell more than the buffer behind (the lines had
   * rotated away), over all websockets since the start.
   */
  public long linesSkipped() {
    return followers.skipped();
  }

  /** How many log websockets are open now. */
  public int openWebSockets() {
    return followers.count();
  }

  /**
   * The reader a log websocket gets for {@code token}; empty for a missing, unknown or expired
   * token, or a removed container (answer the handshake with 401).
   */
  public Optional<LogFollower> follower(String token) {
    return tokens
        .redeem(token)
        .flatMap(
            grant ->
                Optional.ofNullable(logs.get(grant.containerId()))
                    .map(log -> new LogFollower(log, grant.options(), followers)));
  }

  /**
   * A plain Jetty websocket creator for {@link #PATH}, for a server without the emulator's routes.
   */
  public WebSocketCreator webSocketCreator() {
    return new LogWebSocketCreator(this::follower);
  }

  @Override
  public void close() {
    pump.shutdownNow();
    logs.values().forEach(log -> log.stop(clock.instant(), Optional.empty()));
    followers.closeAll();
    senders.shutdownNow();
  }

  private ContainerLog log(String containerId) {
    return logs.computeIfAbsent(containerId, id -> new ContainerLog(seed, capacity));
  }
}
