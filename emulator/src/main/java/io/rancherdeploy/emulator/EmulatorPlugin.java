package io.rancherdeploy.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.http.ContainerLogsAction;
import io.rancherdeploy.emulator.http.RouteTable;
import io.rancherdeploy.emulator.simulation.ContainerListener;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * A part of the emulator that lives in its own package (the containers' logs, the load balancers):
 * installed at start, it can add routes (websockets included), hear containers' lifecycle and serve
 * the containers' {@code logs} action. Closed when the emulator stops.
 */
public interface EmulatorPlugin extends AutoCloseable {

  /** What a plugin can hook into. */
  interface Context {
    RouteTable routes();

    void containerListener(ContainerListener listener);

    void containerLogsAction(ContainerLogsAction action);

    EmulatorControl control();

    long seed();

    /** The factor on simulated delays (0 = as fast as possible). */
    double speed();

    Clock clock();

    /**
     * Changes a stored resource; the change is announced (events, waits) like any other. For the
     * fields a plugin owns, e.g. a load balancer's {@code publicEndpoints}.
     */
    void updateResource(String id, Consumer<ObjectNode> change);
  }

  void install(Context context);

  @Override
  default void close() {}
}
