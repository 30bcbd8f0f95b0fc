package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.internal.EventHub;
import io.rancherdeploy.core.secret.SecretMasker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Waits for a resource to meet a condition before a deadline, woken by the events websocket and
 * polling when it is down, with a slow re-poll while it is up because events are best-effort (as
 * the rancher CLI's waiter does, rancher-api.md §4.9).
 */
final class Awaiter {
  private final EventHub events;
  private final Clock clock;
  private final Duration pollInterval;
  private final Duration safetyPoll;
  private final SecretMasker masker;

  Awaiter(
      EventHub events,
      Clock clock,
      Duration pollInterval,
      Duration safetyPoll,
      SecretMasker masker) {
    this.events = events;
    this.clock = clock;
    this.pollInterval = pollInterval;
    this.safetyPoll = safetyPoll;
    this.masker = masker;
  }

  /**
   * {@code reload} fetches the resource again (empty when it is gone), stamped with its send time.
   */
  <T extends Resource> T await(
      T resource,
      Condition<? super T> condition,
      Duration timeout,
      Function<T, Optional<T>> reload) {
    Instant deadline = clock.instant().plus(timeout);
    if (check(resource, condition)) {
      return resource;
    }
    events.ensureConnected();
    // Watching before the first look: an event that lands between a look and the sleep ends the
    // sleep at once instead of leaving the wait to the next poll.
    try (EventHub.Watch watch = events.watch(resource.id())) {
      return follow(resource, condition, deadline, timeout, reload, watch);
    }
  }

  private <T extends Resource> T follow(
      T resource,
      Condition<? super T> condition,
      Instant deadline,
      Duration timeout,
      Function<T, Optional<T>> reload,
      EventHub.Watch watch) {
    T current = resource;
    long lastPoll = System.nanoTime();
    boolean pollNow = false;
    if (!events.liveSince(current.observedNanos())) {
      current = reloadOrRemoved(current, reload);
    }
    while (true) {
      current = newerFromEvents(current);
      if (check(current, condition)) {
        return current;
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw timeout(current, condition, timeout);
      }
      boolean live = events.isLive();
      Duration interval = live ? safetyPoll : pollInterval;
      Duration sincePoll = Duration.ofNanos(System.nanoTime() - lastPoll);
      // Events came up after this copy was read: a change in between may have no event, so read
      // once more.
      boolean stale = live && !events.liveSince(current.observedNanos());
      if (pollNow || stale || sincePoll.compareTo(interval) >= 0) {
        current = reloadOrRemoved(current, reload);
        lastPoll = System.nanoTime();
        pollNow = false;
        continue;
      }
      Duration slice = min(interval.minus(sincePoll), left);
      try {
        watch.await(slice);
      } catch (InterruptedException e) {
        throw new RancherInterruptedException(
            "Interrupted while waiting for " + current.describe() + " " + condition.description(),
            e);
      }
      events.ensureConnected();
      pollNow = live && !events.isLive(); // the socket dropped: changes may be lost, look now
    }
  }

  @SuppressWarnings("unchecked")
  private <T extends Resource> T newerFromEvents(T current) {
    Optional<EventHub.Seen> seen = events.lastSeen(current.id());
    if (seen.isEmpty() || seen.get().arrivedNanos() <= current.observedNanos()) {
      return current;
    }
    T next = (T) current.withJson(seen.get().resource());
    next.observedAt(seen.get().arrivedNanos());
    return next;
  }

  private <T extends Resource> T reloadOrRemoved(T current, Function<T, Optional<T>> reload) {
    long sent = System.nanoTime();
    return reload
        .apply(current)
        .orElseGet(
            () -> {
              ObjectNode gone = current.json().put("state", "removed").put("transitioning", "no");
              @SuppressWarnings("unchecked")
              T removed = (T) current.withJson(gone);
              removed.observedAt(sent);
              return removed;
            });
  }

  private <T extends Resource> boolean check(T resource, Condition<? super T> condition) {
    if (resource.transitioning() == Transitioning.ERROR) {
      throw new RancherWaitException(
          RancherWaitException.Reason.ERROR,
          resource,
          condition.description(),
          masker.mask(
              resource.describe()
                  + " failed while waiting for it "
                  + condition.description()
                  + ": Rancher reports an error in state '"
                  + resource.stateName()
                  + "': "
                  + resource.transitioningMessage().orElse("(no message)")));
    }
    if (condition.test(resource)) {
      return true;
    }
    if (resource.isRemoved()) {
      throw new RancherWaitException(
          RancherWaitException.Reason.REMOVED,
          resource,
          condition.description(),
          resource.describe() + " was removed while waiting for it " + condition.description());
    }
    return false;
  }

  private RancherWaitException timeout(Resource last, Condition<?> condition, Duration timeout) {
    return new RancherWaitException(
        RancherWaitException.Reason.TIMEOUT,
        last,
        condition.description(),
        masker.mask(
            "Timed out after "
                + human(timeout)
                + " waiting for "
                + last.describe()
                + " "
                + condition.description()
                + "; last seen: "
                + lastSeen(last)));
  }

  static String lastSeen(Resource r) {
    return "state '"
        + r.stateName()
        + "', transitioning "
        + r.transitioning().name().toLowerCase(java.util.Locale.ROOT)
        + r.healthState().map(h -> ", healthState " + h).orElse("")
        + r.transitioningMessage().map(m -> ", transitioningMessage '" + m + "'").orElse("");
  }

  static String human(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
