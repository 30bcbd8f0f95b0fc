package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiKey;
import io.rancherdeploy.emulator.model.ApiVersion;
import io.rancherdeploy.emulator.model.ResourceChange;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.simulation.FaultPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@code subscribe?eventNames=resource.change} websocket (rancher-api.md §7): a {@code ping}
 * right after the upgrade and every 5 s, then one text frame per change that GET would show,
 * carrying the full resource as GET returns it under the subscriber's base URL. Only the
 * subscriber's environments are sent.
 */
public final class EventHub implements AutoCloseable {

  private static final long PING_MILLIS = 5000;
  private static final Set<String> SILENT = Set.of("setting", "project");

  private record Subscriber(
      SocketSession session,
      String base,
      ApiVersion version,
      Optional<String> project,
      ApiKey key,
      boolean wantsChanges) {}

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

  /** What each resource's last change showed (changes arrive one at a time, in order). */
  private final Map<String, ObjectNode> lastShown = new ConcurrentHashMap<>();

  private final FaultPlan faults;
  private final ScheduledExecutorService pinger =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "rancher-emulator-ping");
            thread.setDaemon(true);
            return thread;
          });

  public EventHub(Store store, FaultPlan faults) {
    this.faults = faults;
    store.addListener(this::publish);
    // Resources made before the hub (the hosts) show as they are now.
    store.list(r -> true).forEach(r -> lastShown.putIfAbsent(Resources.id(r), r));
    pinger.scheduleAtFixedRate(
        () -> subscribers.forEach(s -> s.session.send(ping())),
        PING_MILLIS,
        PING_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  public void register(RouteTable routes) {
    routes.apiSocket("/subscribe", this::accept);
    routes.api(
        "GET",
        "/subscribe",
        call -> {
          ObjectNode body = Collections.envelope("subscribe", call.request().url());
          body.putArray("data");
          return Responses.ok(body);
        });
  }

  private SocketAccept accept(Call call) {
    boolean wantsChanges = call.request().params("eventNames").contains("resource.change");
    return SocketAccept.open(
        new SocketEndpoint() {
          private Subscriber subscriber;

          @Override
          public void onOpen(SocketSession session) {
            subscriber =
                new Subscriber(
                    session,
                    call.apiScope().base(),
                    call.version(),
                    call.project(),
                    call.key().orElseThrow(),
                    wantsChanges);
            subscribers.add(subscriber);
            session.send(ping());
          }

          @Override
          public void onClose() {
            subscribers.remove(subscriber);
          }
        });
  }

  /** Cuts every subscriber's connection without a close frame (the dropped-websocket fault). */
  public void dropAll() {
    for (Subscriber s : subscribers) {
      subscribers.remove(s);
      s.session.drop();
    }
  }

  public int openSockets() {
    return subscribers.size();
  }

  private void publish(ResourceChange change) {
    if (SILENT.contains(change.resource().path("type").asText()) || !shown(change)) {
      return;
    }
    String account = Resources.account(change.resource());
    for (Subscriber s : subscribers) {
      if (!s.wantsChanges || !s.project.map(account::equals).orElseGet(() -> s.key.sees(account))) {
        continue;
      }
      if (faults.dropWebsocket()) {
        subscribers.remove(s);
        s.session.drop();
        continue;
      }
      ObjectNode resource = ResourceRenderer.render(change.resource(), s.base, s.version);
      ObjectNode event = Store.JSON.createObjectNode();
      event.put("id", UUID.randomUUID().toString());
      event.put("name", "resource.change");
      event.put("resourceType", resource.path("type").asText());
      event.put("resourceId", resource.path("id").asText());
      event.putObject("data").set("resource", resource);
      event.put("time", change.time());
      s.session.send(write(event));
    }
  }

  /**
   * Whether the change shows in the API: a change of the simulation's own bookkeeping (fields named
   * {@code _…}, which no answer renders) is no resource.change; Cattle sends none for it.
   */
  private boolean shown(ResourceChange change) {
    ObjectNode before = lastShown.put(change.id(), change.resource());
    return before == null || !sameOutside(before, change.resource());
  }

  private static boolean sameOutside(ObjectNode a, ObjectNode b) {
    if (visibleCount(a) != visibleCount(b)) {
      return false;
    }
    for (var fields = a.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().startsWith("_") && !field.getValue().equals(b.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static int visibleCount(ObjectNode node) {
    int count = 0;
    for (var names = node.fieldNames(); names.hasNext(); ) {
      if (!names.next().startsWith("_")) {
        count++;
      }
    }
    return count;
  }

  private static String ping() {
    ObjectNode ping = Store.JSON.createObjectNode();
    ping.put("id", UUID.randomUUID().toString());
    ping.put("name", "ping");
    ping.putObject("data").putObject("options");
    ping.put("time", System.currentTimeMillis());
    return write(ping);
  }

  private static String write(ObjectNode node) {
    try {
      return Store.JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render an event: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pinger.shutdownNow();
    subscribers.forEach(s -> s.session.close());
    subscribers.clear();
  }
}
