package io.rancherdeploy.core.api;

import io.rancherdeploy.core.api.internal.EventHub;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The client's listeners of {@code resource.change} events. Each event becomes one read-only view,
 * shared by every listener: a view copies its JSON, and a hundred parallel health gates each
 * copying every event of the environment cost more than the deploy itself.
 */
final class ResourceChanges {
  private final EventHub events;
  private final List<Consumer<Resource>> listeners = new CopyOnWriteArrayList<>();
  private boolean attached;

  ResourceChanges(EventHub events) {
    this.events = events;
  }

  Subscription add(Consumer<Resource> listener) {
    attach();
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private synchronized void attach() {
    if (!attached) {
      events.addListener(
          json -> {
            if (listeners.isEmpty()) {
              return;
            }
            Resource view = ResourceType.forApiType(json.path("type").asText()).view(json);
            for (Consumer<Resource> listener : listeners) {
              try {
                listener.accept(view);
              } catch (RuntimeException e) {
                // A listener's bug must not stop the events of the others.
              }
            }
          });
      attached = true;
    }
  }
}
