package io.rancherdeploy.emulator.logs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The open log websockets, to count them and to close them when the emulator stops, and the threads
 * their followers send on.
 */
final class LogFollowers {

  private final Set<LogFollower> open = ConcurrentHashMap.newKeySet();
  private final Executor senders;
  private final java.util.concurrent.atomic.AtomicLong skipped =
      new java.util.concurrent.atomic.AtomicLong();

  LogFollowers(Executor senders) {
    this.senders = senders;
  }

  Executor senders() {
    return senders;
  }

  /** A follower fell more than the buffer behind: these lines rotated away unsent. */
  void skipped(long lines) {
    skipped.addAndGet(lines);
  }

  long skipped() {
    return skipped.get();
  }

  void add(LogFollower follower) {
    open.add(follower);
  }

  void remove(LogFollower follower) {
    open.remove(follower);
  }

  int count() {
    return open.size();
  }

  void closeAll() {
    for (LogFollower follower : List.copyOf(open)) {
      follower.closeNow();
    }
  }
}
