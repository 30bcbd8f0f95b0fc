package io.rancherdeploy.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Store;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The state half of {@link EmulatorControl}: resources by id, type and name, and waits with a
 * deadline whose failure names the resource's state (woken by every change in the store).
 */
final class StoreQueries {

  private final Store store;
  private final Object changed = new Object();

  StoreQueries(Store store) {
    this.store = store;
    store.addListener(
        change -> {
          synchronized (changed) {
            changed.notifyAll();
          }
        });
  }

  Optional<ObjectNode> resource(String id) {
    return store.get(id);
  }

  List<ObjectNode> resources(String type) {
    return store.list(r -> r.path("type").asText().equals(type));
  }

  Optional<ObjectNode> stack(String name) {
    return store
        .list(
            r ->
                r.path("type").asText().equals("stack")
                    && r.path("removed").isNull()
                    && r.path("name").asText().equals(name))
        .stream()
        .findFirst();
  }

  Optional<ObjectNode> service(String stack, String service) {
    return stack(stack)
        .flatMap(
            s ->
                store
                    .list(
                        r ->
                            r.path("baseType").asText().equals("service")
                                && r.path("removed").isNull()
                                && r.path("stackId").asText().equals(s.get("id").asText())
                                && r.path("name").asText().equals(service))
                    .stream()
                    .findFirst());
  }

  List<ObjectNode> containers(String serviceId) {
    return store.list(
        r ->
            r.path("type").asText().equals("container")
                && r.path("removed").isNull()
                && contains(r.path("serviceIds"), serviceId));
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  ObjectNode await(
      String id, String description, Predicate<ObjectNode> condition, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      Optional<ObjectNode> current = store.get(id);
      if (current.isPresent() && condition.test(current.get())) {
        return current.get();
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "waited "
                + deadline.toMillis()
                + " ms for "
                + id
                + " to be "
                + description
                + ", but it is "
                + current.map(StoreQueries::describe).orElse("absent"));
      }
      synchronized (changed) {
        try {
          changed.wait(Math.max(1, Math.min(50, left / 1_000_000)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(
              "interrupted while waiting for " + id + " to be " + description, e);
        }
      }
    }
  }

  ObjectNode awaitState(String id, String state, Duration deadline) {
    return await(
        id,
        "in state " + state,
        r ->
            r.path("state").asText().equals(state)
                && !r.path("transitioning").asText().equals("yes"),
        deadline);
  }

  private static String describe(ObjectNode resource) {
    return resource.path("type").asText()
        + " '"
        + resource.path("name").asText()
        + "' in state "
        + resource.path("state").asText()
        + " (transitioning "
        + resource.path("transitioning").asText()
        + (resource.path("transitioningMessage").isTextual()
            ? ": " + resource.path("transitioningMessage").asText()
            : "")
        + ", health "
        + resource.path("healthState").asText("none")
        + ")";
  }
}
