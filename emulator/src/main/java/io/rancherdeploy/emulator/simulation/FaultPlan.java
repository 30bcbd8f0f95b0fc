package io.rancherdeploy.emulator.simulation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The faults in force: scripted ones (consumed as they hit) and random ones drawn from the seed.
 */
public final class FaultPlan {

  /** A scripted fault and how many more times it hits (negative: always). */
  private static final class Armed {
    final Fault fault;
    int left;

    Armed(Fault fault, int left) {
      this.fault = fault;
      this.left = left;
    }
  }

  private final List<Armed> scripted = new ArrayList<>();
  private final Random random;
  private RandomFaults randomFaults = RandomFaults.none();

  public FaultPlan(long seed) {
    this.random = new Random(seed);
  }

  public synchronized void inject(Fault fault) {
    scripted.add(new Armed(fault, times(fault)));
  }

  public synchronized void random(RandomFaults faults) {
    this.randomFaults = faults;
  }

  public synchronized void clear() {
    scripted.clear();
    randomFaults = RandomFaults.none();
  }

  /** The wire faults for one request, in the order to apply them (delays first). */
  public synchronized List<WireFault> onRequest(String method, String pathAndQuery) {
    List<WireFault> faults = new ArrayList<>();
    Iterator<Armed> it = scripted.iterator();
    while (it.hasNext()) {
      Armed armed = it.next();
      Optional<WireFault> wire = wire(armed.fault, method, pathAndQuery);
      if (wire.isPresent()) {
        faults.add(wire.get());
        if (armed.left > 0 && --armed.left == 0) {
          it.remove();
        }
      }
    }
    RandomFaults r = randomFaults;
    if (r.latency() > 0 && random.nextDouble() < r.latency()) {
      faults.add(new WireFault.Delay(r.latencyDelay()));
    }
    if (r.dropConnection() > 0 && random.nextDouble() < r.dropConnection()) {
      faults.add(new WireFault.Drop());
    } else if (r.serverError() > 0 && random.nextDouble() < r.serverError()) {
      faults.add(new WireFault.Status(503));
    } else if (r.conflict() > 0 && random.nextDouble() < r.conflict()) {
      faults.add(new WireFault.Status(409));
    }
    faults.sort(
        (a, b) ->
            Boolean.compare(!(a instanceof WireFault.Delay), !(b instanceof WireFault.Delay)));
    return faults;
  }

  /** Whether the next event on a subscribe websocket should drop it. */
  public synchronized boolean dropWebsocket() {
    return randomFaults.dropWebsocket() > 0 && random.nextDouble() < randomFaults.dropWebsocket();
  }

  /** Takes the first resource fault of {@code kind} for the service, if one is waiting. */
  public synchronized <F extends Fault> Optional<F> takeServiceFault(
      Class<F> kind, String serviceName) {
    Iterator<Armed> it = scripted.iterator();
    while (it.hasNext()) {
      Fault fault = it.next().fault;
      if (kind.isInstance(fault) && serviceName.equals(serviceNameOf(fault))) {
        it.remove();
        return Optional.of(kind.cast(fault));
      }
    }
    return Optional.empty();
  }

  /** A random draw from the seed, for behaviours that must repeat from run to run. */
  public synchronized double nextRandom() {
    return random.nextDouble();
  }

  private static String serviceNameOf(Fault fault) {
    if (fault instanceof Fault.TransitioningError e) {
      return e.serviceName();
    }
    if (fault instanceof Fault.StuckUpgrade s) {
      return s.serviceName();
    }
    return "";
  }

  private static Optional<WireFault> wire(Fault fault, String method, String path) {
    if (fault instanceof Fault.Latency l && l.match().matches(method, path)) {
      return Optional.of(new WireFault.Delay(l.delay()));
    }
    if (fault instanceof Fault.ErrorStatus e && e.match().matches(method, path)) {
      return Optional.of(new WireFault.Status(e.status()));
    }
    if (fault instanceof Fault.DropConnection d && d.match().matches(method, path)) {
      return Optional.of(new WireFault.Drop());
    }
    return Optional.empty();
  }

  private static int times(Fault fault) {
    if (fault instanceof Fault.Latency l) {
      return l.times();
    }
    if (fault instanceof Fault.ErrorStatus e) {
      return e.times();
    }
    if (fault instanceof Fault.DropConnection d) {
      return d.times();
    }
    return 1;
  }
}
