package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A relation the simulation (on every container change) and the API's links look resources up by;
 * the store keeps an index of each, so those look-ups cost what the related resources cost, not the
 * whole store.
 */
public enum Relation {
  /** Services (of every kind) by their {@code stackId}, removed ones included. */
  SERVICES_OF_STACK {
    @Override
    List<String> keysOf(JsonNode r) {
      return Resources.isService(r) ? List.of(r.path("stackId").asText()) : List.of();
    }
  },
  /** Containers by each id in their {@code serviceIds}, removed ones included. */
  CONTAINERS_OF_SERVICE {
    @Override
    List<String> keysOf(JsonNode r) {
      if (!Resources.isContainer(r)) {
        return List.of();
      }
      List<String> keys = new ArrayList<>();
      r.path("serviceIds").forEach(id -> keys.add(id.asText()));
      return keys;
    }
  },
  /** Containers by their {@code hostId}, removed ones included. */
  CONTAINERS_OF_HOST {
    @Override
    List<String> keysOf(JsonNode r) {
      return Resources.isContainer(r) && r.path("hostId").isTextual()
          ? List.of(r.path("hostId").asText())
          : List.of();
    }
  };

  /** The keys under which {@code r} is found; a resource matches key k iff k is among them. */
  abstract List<String> keysOf(JsonNode r);
}
