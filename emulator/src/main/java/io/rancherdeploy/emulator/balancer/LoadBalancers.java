package io.rancherdeploy.emulator.balancer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The emulator's load balancers answering real HTTP: one loopback listener on a free port per
 * source port of each active load balancer service, all served by one small Jetty server. Each
 * request goes round robin to the next healthy running target container, which answers with its
 * name and host; with no such container the answer is 503, as HAProxy gives.
 */
public final class LoadBalancers implements AutoCloseable {

  private record Key(String serviceId, int sourcePort) {}

  private record Open(BalancerListener listener, ServerConnector connector) {}

  private final Server server;
  private final Map<Key, Open> open = new ConcurrentHashMap<>();
  private final Map<Integer, BalancerListener> byLocalPort = new ConcurrentHashMap<>();

  public LoadBalancers(BalancerTargets targets) {
    QueuedThreadPool threads = new QueuedThreadPool(32, 2);
    threads.setName("emulator-lb");
    threads.setDaemon(true);
    server = new Server(threads);
    server.setHandler(new BalancerHandler(targets, byLocalPort));
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("could not start the load balancers' HTTP server", e);
    }
  }

  /**
   * Starts answering for a source port of a load balancer service (again: nothing changes) and
   * returns the listener, whose {@code localPort} is where it answers.
   */
  public synchronized BalancerPort open(String serviceId, int sourcePort) {
    Key key = new Key(serviceId, sourcePort);
    Open existing = open.get(key);
    if (existing != null) {
      return existing.listener().describe();
    }
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    connector.setName("lb-" + serviceId + "-" + sourcePort);
    server.addConnector(connector);
    try {
      connector.start();
    } catch (Exception e) {
      server.removeConnector(connector);
      throw new IllegalStateException(
          "could not open a loopback port for load balancer "
              + serviceId
              + " source port "
              + sourcePort,
          e);
    }
    BalancerListener listener =
        new BalancerListener(serviceId, sourcePort, connector.getLocalPort());
    byLocalPort.put(listener.localPort(), listener);
    open.put(key, new Open(listener, connector));
    return listener.describe();
  }

  /** Stops answering for every source port of the service not in {@code keep}. */
  public synchronized void retain(String serviceId, Set<Integer> keep) {
    for (Key key : List.copyOf(open.keySet())) {
      if (key.serviceId().equals(serviceId) && !keep.contains(key.sourcePort())) {
        shut(key);
      }
    }
  }

  /** Stops answering for the service (deactivated or removed): its ports refuse connections. */
  public void close(String serviceId) {
    retain(serviceId, Set.of());
  }

  /** The listener of a source port of a load balancer service, if it is open. */
  public Optional<BalancerPort> port(String serviceId, int sourcePort) {
    return Optional.ofNullable(open.get(new Key(serviceId, sourcePort)))
        .map(found -> found.listener().describe());
  }

  /** Every open listener, by service and source port. */
  public List<BalancerPort> ports() {
    List<BalancerPort> ports = new ArrayList<>();
    open.values().forEach(found -> ports.add(found.listener().describe()));
    ports.sort(
        Comparator.comparing(BalancerPort::serviceId).thenComparing(BalancerPort::sourcePort));
    return ports;
  }

  @Override
  public synchronized void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the load balancers' HTTP server", e);
    } finally {
      open.clear();
      byLocalPort.clear();
    }
  }

  private void shut(Key key) {
    Open found = open.remove(key);
    if (found == null) {
      return;
    }
    byLocalPort.remove(found.listener().localPort());
    try {
      found.connector().stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not close load balancer port " + key, e);
    } finally {
      server.removeConnector(found.connector());
    }
  }
}
