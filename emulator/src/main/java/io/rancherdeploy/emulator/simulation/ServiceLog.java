package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;

/** Service event logs ({@code serviceLog}, what {@code rancher logs --service} reads). */
final class ServiceLog {

  private final Store store;

  ServiceLog(Store store) {
    this.store = store;
  }

  void record(ObjectNode service, String eventType, String description) {
    store.create(
        ResourceType.SERVICE_LOG,
        Resources.account(service),
        l -> {
          l.put("name", eventType);
          l.put("eventType", eventType);
          l.put("description", description + ": " + Resources.name(service));
          l.put("level", "info");
          l.put("serviceId", Resources.id(service));
          l.put("subLog", false);
          l.putNull("instanceId");
          l.put("transactionId", l.path("uuid").asText());
          l.put("endTime", Store.formatTime(store.now()));
          l.put("kind", "serviceLog");
          Resources.settle(l, "active");
        });
  }
}
