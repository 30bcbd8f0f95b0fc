package io.rancherdeploy.core.logs;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.secret.SecretMasker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a {@link LogStreamer} follows and how; {@link #start()} begins. */
public final class LogStreamerBuilder {
  private final RancherClient client;
  private Stack stack;
  private List<Service> services = List.of();
  private int tail = 100;
  private Instant since;
  private boolean follow = true;
  private boolean newContainers = true;
  private int queueCapacity = 10_000;
  private Duration stopAfter;
  private SecretMasker masker;

  LogStreamerBuilder(RancherClient client) {
    this.client = Objects.requireNonNull(client, "client");
    this.masker = client.masker();
  }

  /** Every service of the stack, including services created while streaming. */
  public LogStreamerBuilder stack(Stack stack) {
    this.stack = Objects.requireNonNull(stack, "stack");
    return this;
  }

  public LogStreamerBuilder services(List<Service> services) {
    this.services = List.copyOf(services);
    return this;
  }

  /**
   * Lines of history per container already running at the start (default 100, as Rancher's
   * default).
   */
  public LogStreamerBuilder tail(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("tail must not be negative, got " + lines);
    }
    this.tail = lines;
    return this;
  }

  /** Only lines written at or after this instant. */
  public LogStreamerBuilder since(Instant since) {
    this.since = Objects.requireNonNull(since, "since");
    return this;
  }

  /** Keep following (default) or read the tails and end. */
  public LogStreamerBuilder follow(boolean follow) {
    this.follow = follow;
    return this;
  }

  /** Also follow containers that start while streaming (default true). */
  public LogStreamerBuilder newContainers(boolean include) {
    this.newContainers = include;
    return this;
  }

  /** Lines held for a slow consumer before the readers pause (default 10,000). */
  public LogStreamerBuilder queueCapacity(int lines) {
    if (lines < 1) {
      throw new IllegalArgumentException("queueCapacity must be at least 1, got " + lines);
    }
    this.queueCapacity = lines;
    return this;
  }

  /** Stop by itself after this long. */
  public LogStreamerBuilder stopAfter(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("stopAfter must be positive, got " + duration);
    }
    this.stopAfter = duration;
    return this;
  }

  /**
   * Masks lines before they are queued (default: the client's masker, which hides its secret key).
   */
  public LogStreamerBuilder masker(SecretMasker masker) {
    this.masker = Objects.requireNonNull(masker, "masker");
    return this;
  }

  public LogStreamer start() {
    if (stack == null && services.isEmpty()) {
      throw new IllegalArgumentException("say what to follow: a stack or at least one service");
    }
    return new LogStreamer(client, this).start();
  }

  Optional<Stack> stack() {
    return Optional.ofNullable(stack);
  }

  List<Service> services() {
    return services;
  }

  int tail() {
    return tail;
  }

  Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  boolean follow() {
    return follow;
  }

  boolean newContainers() {
    return newContainers;
  }

  int queueCapacity() {
    return queueCapacity;
  }

  Optional<Duration> stopAfter() {
    return Optional.ofNullable(stopAfter);
  }

  SecretMasker masker() {
    return masker;
  }
}
