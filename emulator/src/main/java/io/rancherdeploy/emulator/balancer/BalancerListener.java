package io.rancherdeploy.emulator.balancer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** One source port of one load balancer: its loopback port, its round robin and its counters. */
final class BalancerListener {

  private final String serviceId;
  private final int sourcePort;
  private final int localPort;
  private final AtomicLong turn = new AtomicLong();
  private final LongAdder served = new LongAdder();
  private final LongAdder refused = new LongAdder();

  BalancerListener(String serviceId, int sourcePort, int localPort) {
    this.serviceId = serviceId;
    this.sourcePort = sourcePort;
    this.localPort = localPort;
  }

  /** The next backend in turn, or empty (and counted) when none is healthy. */
  Optional<Backend> pick(BalancerTargets targets, String hostHeader, String path) {
    List<Backend> backends = targets.backends(serviceId, sourcePort, hostHeader, path);
    if (backends.isEmpty()) {
      refused.increment();
      return Optional.empty();
    }
    served.increment();
    return Optional.of(
        backends.get((int) Math.floorMod(turn.getAndIncrement(), (long) backends.size())));
  }

  BalancerPort describe() {
    return new BalancerPort(serviceId, sourcePort, localPort, served.sum(), refused.sum());
  }

  int localPort() {
    return localPort;
  }
}
