package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hears containers' lifecycle (for the logs and the load balancers). {@code container} is a copy of
 * the stored container (name, imageUuid, labels, environment, hostId, serviceIds, …). Called on the
 * simulation thread: return quickly.
 */
public interface ContainerListener {

  /** The container reached {@code running}. */
  default void started(ObjectNode container) {}

  /** The container stopped (exit code in {@code exitCode}; lost containers too). */
  default void stopped(ObjectNode container) {}

  /** The container was removed. */
  default void removed(ObjectNode container) {}

  /** Its health changed ({@code healthState}: initializing, healthy, unhealthy). */
  default void healthChanged(ObjectNode container) {}
}
