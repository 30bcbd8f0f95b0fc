package io.rancherdeploy.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.http.ContainerLogsAction;
import io.rancherdeploy.emulator.http.OpenSockets;
import io.rancherdeploy.emulator.http.ResourceRoutes;
import io.rancherdeploy.emulator.http.RouteTable;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.simulation.ContainerListener;
import io.rancherdeploy.emulator.simulation.Simulation;
import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What an {@link EmulatorPlugin} is given when the emulator starts: routes, the containers'
 * lifecycle and their {@code logs} action (whose tokens name the containers of the open log
 * sockets), resource updates, the seed and the speed.
 */
record PluginContext(
    RouteTable routes,
    Simulation simulation,
    ResourceRoutes resources,
    EmulatorControl control,
    long seed,
    double speed,
    Clock clock,
    Store store,
    OpenSockets sockets)
    implements EmulatorPlugin.Context {
  @Override
  public void updateResource(String id, Consumer<ObjectNode> change) {
    store.update(
        id,
        node -> {
          change.accept(node);
          return null;
        });
  }

  @Override
  public void containerListener(ContainerListener listener) {
    simulation.addContainerListener(listener);
  }

  @Override
  public void containerLogsAction(ContainerLogsAction action) {
    resources.logs(
        (id, input, origin) -> {
          ObjectNode access = action.hostAccess(id, input, origin);
          String name = control.resource(id).map(c -> c.path("name").asText()).orElse("?");
          sockets.logsIssued(access.path("token").asText(), id + " (" + name + ")");
          return access;
        });
  }

  /** The containers' {@code logs} action while no plugin serves it. */
  static ObjectNode noLogs(String id, JsonNode input, URI origin) {
    throw new ApiError(
        503,
        "Service Unavailable",
        "container logs are served by the logs plugin, "
            + "which this emulator was started without",
        null);
  }
}
