package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the steps of one operation share: the client, the stack, the desired services, the latest
 * copy of each live service (replaced after every call and wait, so the next action sees the
 * actions Rancher now offers), the deadlines, the progress reporter, the cancel switch and the
 * upgrades that a failure must roll back.
 */
final class RunContext {
  final RancherClient client;
  final String stack;
  final DeployOptions options;
  final Deadlines deadlines;
  final Progress progress;
  final Cancellation cancellation;
  private final Map<String, DesiredService> desired;
  private final Map<String, Service> live = new ConcurrentHashMap<>();
  private final Set<String> upgradesStarted = ConcurrentHashMap.newKeySet();
  private final Map<String, java.time.Instant> started = new ConcurrentHashMap<>();
  private final Map<String, java.time.Duration> took = new ConcurrentHashMap<>();
  private final Map<String, Integer> running = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> oldContainers = new ConcurrentHashMap<>();
  private final Map<String, String> versionsBefore = new ConcurrentHashMap<>();
  private volatile Optional<String> stackId;

  RunContext(
      RancherClient client,
      String stack,
      Optional<String> stackId,
      Map<String, DesiredService> desired,
      DeployOptions options,
      Deadlines deadlines,
      Progress progress,
      Cancellation cancellation) {
    this.client = client;
    this.stack = stack;
    this.stackId = stackId;
    this.desired = Map.copyOf(desired);
    this.options = options;
    this.deadlines = deadlines;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  String stackId() {
    return stackId.orElseThrow(
        () -> new IllegalStateException("stack " + stack + " was not created"));
  }

  void stackId(String id) {
    stackId = Optional.of(id);
  }

  DesiredService desired(String name) {
    DesiredService service = desired.get(name);
    if (service == null) {
      throw new IllegalStateException("no desired config for " + name);
    }
    return service;
  }

  /** The desired config, when this operation has one (finish and rollback by name have none). */
  Optional<DesiredService> desiredIfAny(String name) {
    return Optional.ofNullable(desired.get(name));
  }

  Optional<Service> live(String name) {
    return Optional.ofNullable(live.get(name));
  }

  Service require(String name, Phase phase) {
    return live(name)
        .orElseThrow(
            () -> StepFailure.of(phase, name, "service " + name + " is not in stack " + stack));
  }

  void update(String name, Service service) {
    live.put(name, service);
  }

  Map<String, Service> liveServices() {
    return Map.copyOf(live);
  }

  /**
   * A copy for the cleanup after a failure: its own cancel switch and deadlines, the same live
   * state.
   */
  RunContext forCleanup(Deadlines cleanupDeadlines) {
    RunContext copy =
        new RunContext(
            client,
            stack,
            stackId,
            desired,
            options,
            cleanupDeadlines,
            progress,
            new Cancellation());
    copy.live.putAll(live);
    copy.running.putAll(running);
    copy.upgradesStarted.addAll(upgradesStarted);
    copy.versionsBefore.putAll(versionsBefore);
    return copy;
  }

  void absorb(RunContext cleanup) {
    live.putAll(cleanup.live);
    running.putAll(cleanup.running);
  }

  void timing(String name, java.time.Instant from, java.time.Instant to) {
    started.putIfAbsent(name, from);
    took.merge(name, java.time.Duration.between(from, to), java.time.Duration::plus);
  }

  java.time.Duration took(String name) {
    return took.getOrDefault(name, java.time.Duration.ZERO);
  }

  void running(String name, int count) {
    running.put(name, count);
  }

  Optional<Integer> running(String name) {
    return Optional.ofNullable(running.get(name));
  }

  /** The containers a service had before its upgrade: the ones that are not new. */
  void oldContainers(String name, Set<String> ids) {
    oldContainers.put(name, Set.copyOf(ids));
  }

  Set<String> oldContainers(String name) {
    return oldContainers.getOrDefault(name, Set.of());
  }

  void upgradeStarted(String name) {
    upgradesStarted.add(name);
  }

  /** The launch config version a service had before this run asked for its upgrade. */
  void versionBefore(String name, String version) {
    versionsBefore.put(name, version);
  }

  Optional<String> versionBefore(String name) {
    return Optional.ofNullable(versionsBefore.get(name));
  }

  Set<String> upgradesStarted() {
    return Set.copyOf(upgradesStarted);
  }
}
