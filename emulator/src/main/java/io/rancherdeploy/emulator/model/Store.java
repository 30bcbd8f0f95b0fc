package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The in-memory, thread-safe store of every resource. Resources are JSON objects holding the fields
 * GET returns (minus links and actions, which are rendered per request). Callers only ever see
 * copies, readers and listeners the stored node, which no one changes (an update stores a changed
 * copy); every change runs under one lock and is announced to the listeners in order, after the
 * lock is released.
 */
public final class Store {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final Object lock = new Object();
  private final Map<String, ObjectNode> resources = new LinkedHashMap<>();
  private final Map<ResourceType, Long> sequences = new EnumMap<>(ResourceType.class);
  private final List<Consumer<ResourceChange>> listeners = new CopyOnWriteArrayList<>();
  private final Clock clock;
  private final ChangeQueue changes = new ChangeQueue();
  private final RelationIndex index = new RelationIndex();

  public Store(Clock clock) {
    this.clock = clock;
  }

  public void addListener(Consumer<ResourceChange> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<ResourceChange> listener) {
    listeners.remove(listener);
  }

  /**
   * Creates a resource of {@code type} in {@code accountId}; {@code init} fills its fields. Returns
   * a copy.
   */
  public ObjectNode create(ResourceType type, String accountId, Consumer<ObjectNode> init) {
    ObjectNode copy;
    synchronized (lock) {
      long n =
          sequences.merge(
                  type.idPrefix().isEmpty() ? ResourceType.SETTING : sequenceOwner(type),
                  1L,
                  Long::sum)
              + (type == ResourceType.PROJECT ? 4 : 0);
      ObjectNode node = JSON.createObjectNode();
      node.put("id", type.idPrefix() + n);
      node.put("type", type.apiName());
      node.put("baseType", type.baseType());
      node.put("kind", type.apiName());
      node.put("accountId", accountId);
      Instant now = clock.instant();
      node.put("created", CREATED.format(now));
      node.put("createdTS", now.toEpochMilli());
      node.putNull("removed");
      node.putNull("removeTime");
      node.put("uuid", UUID.nameUUIDFromBytes((type.apiName() + n).getBytes()).toString());
      node.putNull("description");
      init.accept(node);
      ObjectNode replaced = resources.put(node.get("id").asText(), node);
      if (replaced == null) {
        index.created(node);
      } else {
        index.updated(replaced, node);
      }
      copy = node.deepCopy();
      changes.add(new ResourceChange(type, copy.get("id").asText(), node, now.toEpochMilli()));
    }
    announce();
    return copy;
  }

  /** Services of every kind share one id sequence, as they share one table in Cattle. */
  private static ResourceType sequenceOwner(ResourceType type) {
    return type.isService() ? ResourceType.SERVICE : type;
  }

  public Optional<ObjectNode> get(String id) {
    synchronized (lock) {
      ObjectNode node = resources.get(id);
      return node == null ? Optional.empty() : Optional.of(node.deepCopy());
    }
  }

  /**
   * What {@code reader} takes from one resource (empty when there is none, or when it returns
   * null), without copying it; the same contract as {@link #read(Predicate, Function)}.
   */
  public <T> Optional<T> read(String id, Function<? super ObjectNode, T> reader) {
    synchronized (lock) {
      ObjectNode node = resources.get(id);
      return node == null ? Optional.empty() : Optional.ofNullable(reader.apply(node));
    }
  }

  public List<ObjectNode> list(Predicate<ObjectNode> filter) {
    return read(filter, ObjectNode::deepCopy);
  }

  /**
   * What {@code reader} takes from each resource {@link #list(Predicate)} would return, without
   * copying the resources (the same contract as {@link #read(Relation, String, Predicate,
   * Function)}).
   */
  public <T> List<T> read(Predicate<ObjectNode> filter, Function<? super ObjectNode, T> reader) {
    synchronized (lock) {
      List<T> found = new ArrayList<>();
      for (ObjectNode node : resources.values()) {
        if (filter.test(node)) {
          found.add(reader.apply(node));
        }
      }
      return found;
    }
  }

  /**
   * Copies of the resources under {@code key} of {@code relation} that pass {@code filter}, in the
   * order {@link #list} returns them; the same as {@code list} with a filter that also checks the
   * relation, at the cost of the related resources only.
   */
  public List<ObjectNode> list(Relation relation, String key, Predicate<ObjectNode> filter) {
    return read(relation, key, filter, ObjectNode::deepCopy);
  }

  /**
   * What {@code reader} takes from each resource {@link #list(Relation, String, Predicate)} would
   * return, without copying the resources: {@code reader} sees the stored resource under the lock
   * and must return values that share nothing with it (strings, numbers, records of them).
   */
  public <T> List<T> read(
      Relation relation,
      String key,
      Predicate<ObjectNode> filter,
      Function<? super ObjectNode, T> reader) {
    synchronized (lock) {
      List<T> found = new ArrayList<>();
      for (String id : index.idsOf(relation, key)) {
        ObjectNode node = resources.get(id);
        if (filter.test(node)) {
          found.add(reader.apply(node));
        }
      }
      return found;
    }
  }

  /**
   * How many resources are under {@code key} of {@code relation}, removed ones included; it changes
   * only when one joins or leaves the key, so a reader can tell that the membership moved.
   */
  public int count(Relation relation, String key) {
    synchronized (lock) {
      return index.count(relation, key);
    }
  }

  /**
   * Changes one resource in place under the lock; {@code change} returns a result (or throws an
   * {@link ApiError}, in which case nothing of that call is kept). Announces the change.
   */
  public <T> T update(String id, Function<ObjectNode, T> change) {
    T result;
    synchronized (lock) {
      ObjectNode node = resources.get(id);
      if (node == null) {
        throw ApiError.notFound("resource [" + id + "] not found");
      }
      ObjectNode working = node.deepCopy();
      result = change.apply(working);
      if (!working.equals(node)) {
        resources.put(id, working);
        index.updated(node, working);
        ResourceType type = ResourceType.byApiName(working.get("type").asText()).orElseThrow();
        // The stored node is never changed again (the next update replaces it): listeners share it.
        changes.add(new ResourceChange(type, id, working, clock.millis()));
      }
    }
    announce();
    return result;
  }

  /**
   * Runs {@code work} atomically with respect to every other store call (e.g. check-then-create).
   */
  public <T> T atomically(java.util.function.Supplier<T> work) {
    T result;
    synchronized (lock) {
      result = work.get();
    }
    announce();
    return result;
  }

  /**
   * Announces queued changes, unless this thread is inside a larger atomic step that will do it.
   */
  private void announce() {
    if (!Thread.holdsLock(lock)) {
      changes.drain(listeners);
    }
  }

  public Instant now() {
    return clock.instant();
  }

  public static String formatTime(Instant instant) {
    return CREATED.format(instant);
  }

  /**
   * Keeps announcements in the order the changes happened, even when several threads change things.
   */
  private static final class ChangeQueue {
    private final java.util.ArrayDeque<ResourceChange> pending = new java.util.ArrayDeque<>();
    private boolean draining;

    synchronized void add(ResourceChange change) {
      pending.add(change);
    }

    void drain(List<Consumer<ResourceChange>> listeners) {
      while (true) {
        ResourceChange next;
        synchronized (this) {
          if (draining || pending.isEmpty()) {
            return;
          }
          draining = true;
          next = pending.poll();
        }
        try {
          for (Consumer<ResourceChange> listener : listeners) {
            listener.accept(next);
          }
        } finally {
          synchronized (this) {
            draining = false;
          }
        }
      }
    }
  }
}
