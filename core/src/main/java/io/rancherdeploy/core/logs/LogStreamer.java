package io.rancherdeploy.core.logs;

import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.Container;
import io.rancherdeploy.core.api.Filters;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.api.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Follows the logs of a stack's (or some services') containers, and of the containers that start
 * while it runs (seen through the events websocket, or a rescan every few seconds while that is
 * down). Lines arrive in a bounded queue: when the consumer is behind, the readers stop reading
 * their sockets, so memory stays bounded. Within one container lines keep their order, and a
 * dropped socket is resumed without loss or repeats. Stops on {@link #close()}, after the time
 * given to {@link LogStreamerBuilder#stopAfter}, when the stack (or every service) followed is
 * removed, or, when not following, once every container's tail is read.
 */
public final class LogStreamer implements AutoCloseable {
  private static final Duration RESCAN = Duration.ofSeconds(3);

  private final RancherClient client;
  private final LogStreamerBuilder options;
  private final BlockingQueue<LogLine> queue;
  private final Map<String, ContainerLogFollower> followers = new ConcurrentHashMap<>();
  private final Map<String, String> serviceNames = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler;
  private final OkHttpClient sockets;
  private final Dispatcher dispatcher;
  private volatile Subscription events;
  private volatile boolean closed;
  private volatile boolean scanned;
  private volatile String endedBecause;

  LogStreamer(RancherClient client, LogStreamerBuilder options) {
    this.client = client;
    this.options = options;
    this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
    this.scheduler =
        Executors.newScheduledThreadPool(
            2,
            runnable -> {
              Thread thread = new Thread(runnable, "rancher-logs");
              thread.setDaemon(true);
              return thread;
            });
    // OkHttp reads a websocket on the dispatcher thread of its call, which counts as running
    // until the socket closes: with the default dispatcher (64 calls at most, shared with the
    // client's own calls) a stack with more containers would leave the others waiting, unread.
    this.dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(Integer.MAX_VALUE);
    dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
    this.sockets =
        client
            .httpClient()
            .newBuilder()
            .dispatcher(dispatcher)
            .readTimeout(Duration.ZERO)
            .callTimeout(Duration.ZERO)
            .pingInterval(Duration.ZERO)
            .build();
  }

  public static LogStreamerBuilder builder(RancherClient client) {
    return new LogStreamerBuilder(client);
  }

  LogStreamer start() {
    options.services().forEach(s -> serviceNames.put(s.id(), s.name()));
    if (options.follow() && options.newContainers()) {
      events =
          client.onResourceChange(
              resource -> {
                if (resource instanceof Container container && !closed) {
                  try {
                    scheduler.execute(() -> consider(container, true));
                  } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                    // closed meanwhile
                  }
                }
              });
    }
    scheduler.execute(() -> scan(false));
    if (options.follow()) {
      // Events may be down, and a stack may gain services: look again now and then. What is
      // followed may also be removed, and then there is nothing left to wait for.
      scheduler.scheduleWithFixedDelay(
          () -> {
            if (endIfGone()) {
              return;
            }
            if (options.newContainers()
                && (!client.eventsConnected() || options.stack().isPresent())) {
              scan(true);
            }
          },
          RESCAN.toMillis(),
          RESCAN.toMillis(),
          TimeUnit.MILLISECONDS);
    }
    options
        .stopAfter()
        .ifPresent(d -> scheduler.schedule(this::close, d.toMillis(), TimeUnit.MILLISECONDS));
    return this;
  }

  /**
   * The next line, waiting at most {@code timeout}; empty on timeout or when the stream has ended.
   */
  public Optional<LogLine> poll(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
  }

  /** Hands every line to the consumer, on this thread, until the stream ends. */
  public void forEach(Consumer<LogLine> consumer) throws InterruptedException {
    while (!isFinished()) {
      LogLine line = queue.poll(100, TimeUnit.MILLISECONDS);
      if (line != null) {
        consumer.accept(line);
      }
    }
    for (LogLine line = queue.poll(); line != null; line = queue.poll()) {
      consumer.accept(line);
    }
  }

  /** Whether no more lines will come: closed, or not following and every tail read. */
  public boolean isFinished() {
    boolean sourcesDone =
        closed
            || (!options.follow()
                && scanned
                && followers.values().stream().allMatch(ContainerLogFollower::isDone));
    return sourcesDone && queue.isEmpty();
  }

  /**
   * Why a followed stream ended by itself: the stack, or every service followed, was removed. Empty
   * while it runs, and when it was closed or stopped after its time.
   */
  public Optional<String> endedBecause() {
    return Optional.ofNullable(endedBecause);
  }

  /** The containers followed so far (ids). */
  public List<String> containers() {
    return List.copyOf(followers.keySet());
  }

  /** Cuts every log socket as a network failure would; the streams resume (for tests). */
  void dropConnections() {
    followers.values().forEach(ContainerLogFollower::dropConnection);
  }

  private void scan(boolean rescan) {
    if (closed) {
      return;
    }
    try {
      for (Service service : services()) {
        serviceNames.put(service.id(), service.name());
        for (Container container : client.link(service, "instances", ResourceType.CONTAINER)) {
          consider(container, rescan);
        }
      }
    } catch (RancherDeployException e) {
      // A failed scan is tried again at the next rescan; the streams already open go on.
    } finally {
      scanned = true;
    }
  }

  /** Ends the stream when what it follows is gone; a failed read is tried again next time. */
  private boolean endIfGone() {
    try {
      String gone = null;
      if (options.stack().isPresent()) {
        Stack stack = options.stack().get();
        if (client.reload(stack).filter(s -> !s.isRemoved()).isEmpty()) {
          gone = "stack " + stack.name() + " was removed";
        }
      } else if (!options.services().isEmpty()
          && options.services().stream()
              .allMatch(s -> client.reload(s).filter(live -> !live.isRemoved()).isEmpty())) {
        gone = "the services followed were removed";
      }
      if (gone == null) {
        return false;
      }
      endedBecause = gone;
      close();
      return true;
    } catch (RancherDeployException e) {
      return false;
    }
  }

  private List<Service> services() {
    if (options.stack().isPresent()) {
      return client.list(
          ResourceType.SERVICE, Filters.where("stackId", options.stack().get().id()));
    }
    List<Service> out = new ArrayList<>();
    for (Service service : options.services()) {
      client.reload(service).ifPresent(out::add);
    }
    return out;
  }

  /** Follows a container of ours that is not followed yet; {@code isNew} reads its whole log. */
  private void consider(Container container, boolean isNew) {
    if (closed || container.isRemoved() || !ours(container)) {
      return;
    }
    ContainerLogFollower known = followers.get(container.id());
    if (known != null) {
      if (container.state() == io.rancherdeploy.core.api.ResourceState.RUNNING) {
        known.revive(container);
      }
      return;
    }
    String service =
        container.serviceIds().stream()
            .map(serviceNames::get)
            .filter(n -> n != null)
            .findFirst()
            .or(container::serviceName)
            .orElse(container.name());
    ContainerLogFollower.Start start =
        isNew
            ? new ContainerLogFollower.Start(1_000_000, Optional.empty(), options.follow())
            : new ContainerLogFollower.Start(options.tail(), options.since(), options.follow());
    ContainerLogFollower follower =
        new ContainerLogFollower(
            client, sockets, scheduler, container, service, start, this::offer, () -> {});
    if (followers.putIfAbsent(container.id(), follower) == null) {
      follower.start();
      // close() may have walked the followers just before this one joined them.
      if (closed) {
        follower.close();
      }
    }
  }

  private boolean ours(Container container) {
    if (container.serviceIds().stream().anyMatch(serviceNames::containsKey)) {
      return true;
    }
    return options
        .stack()
        .map(s -> container.stackId().filter(s.id()::equals).isPresent())
        .orElse(false);
  }

  private void offer(LogLine line) throws InterruptedException {
    while (!closed) {
      if (queue.offer(options.masker().mask(line), 100, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    Subscription current = events;
    if (current != null) {
      current.close();
    }
    followers.values().forEach(ContainerLogFollower::close);
    scheduler.shutdownNow();
    dispatcher.executorService().shutdown();
  }
}
