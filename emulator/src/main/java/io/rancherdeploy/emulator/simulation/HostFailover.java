package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A host going down and coming back: its containers are lost at once (stopped, unhealthy); after
 * the failover delay they are removed, and their services schedule replacements on the other active
 * hosts. A host that comes back is empty and takes new containers again.
 */
final class HostFailover {

  private final Store store;
  private final Scheduler scheduler;
  private final Containers containers;
  private final Consumer<String> evaluateService;
  private volatile Duration delay = Duration.ofSeconds(10);

  HostFailover(
      Store store, Scheduler scheduler, Containers containers, Consumer<String> evaluateService) {
    this.store = store;
    this.scheduler = scheduler;
    this.containers = containers;
    this.evaluateService = evaluateService;
  }

  void delay(Duration failoverDelay) {
    if (failoverDelay.isNegative()) {
      throw new IllegalArgumentException("the failover delay must be >= 0, got " + failoverDelay);
    }
    this.delay = failoverDelay;
  }

  void suspend(String hostId) {
    host(hostId);
    store.update(
        hostId,
        h -> {
          Resources.settle(h, "inactive");
          h.put("agentState", "disconnected");
          h.remove("_images");
          return null;
        });
    List<ObjectNode> lost =
        store.list(
            c ->
                Resources.isContainer(c)
                    && !Resources.isRemoved(c)
                    && c.path("hostId").asText().equals(hostId));
    lost.forEach(c -> containers.lose(Resources.id(c)));
    scheduler.schedule(
        delay,
        () -> {
          for (ObjectNode c : lost) {
            containers.remove(Resources.id(c));
          }
          scheduler.schedule(
              Duration.ofMillis(400),
              () ->
                  lost.stream()
                      .flatMap(c -> Resources.strings(c.path("serviceIds")).stream())
                      .distinct()
                      .forEach(evaluateService));
        });
  }

  void resume(String hostId) {
    ObjectNode host = host(hostId);
    store.update(
        hostId,
        h -> {
          Resources.settle(h, "active");
          h.put("agentState", "active");
          return null;
        });
    scheduler.schedule(
        Duration.ZERO,
        () ->
            store
                .list(
                    s ->
                        Resources.isService(s)
                            && !Resources.isRemoved(s)
                            && Resources.account(s).equals(Resources.account(host)))
                .forEach(s -> evaluateService.accept(Resources.id(s))));
  }

  private ObjectNode host(String hostId) {
    return store
        .get(hostId)
        .filter(h -> Resources.type(h).equals("host"))
        .orElseThrow(() -> ApiError.notFound("host [" + hostId + "] not found"));
  }
}
