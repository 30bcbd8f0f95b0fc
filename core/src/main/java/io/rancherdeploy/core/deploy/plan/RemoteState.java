package io.rancherdeploy.core.deploy.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of the stack on the server: the stack, when it exists, and its services that are not
 * removed. The planner decides only from this snapshot, so a plan can be printed, tested and
 * checked before it runs.
 */
public record RemoteState(Optional<String> stackId, List<RemoteService> services) {
  public RemoteState {
    Objects.requireNonNull(stackId, "stackId");
    services = List.copyOf(services);
  }

  public static RemoteState noStack() {
    return new RemoteState(Optional.empty(), List.of());
  }

  public Optional<RemoteService> service(String name) {
    return services.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }
}
