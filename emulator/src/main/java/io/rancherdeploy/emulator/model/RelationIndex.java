package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ids of the resources under each key of each {@link Relation}, in the order the resources were
 * created (the order {@link Store#list} returns them in). Not thread-safe: the store calls it under
 * its lock.
 */
final class RelationIndex {

  private final Map<String, Long> ordinals = new HashMap<>();
  private final Map<Relation, Map<String, TreeSet<String>>> ids = new EnumMap<>(Relation.class);
  private final Comparator<String> creationOrder = Comparator.comparingLong(ordinals::get);

  void created(JsonNode node) {
    String id = Resources.id(node);
    ordinals.putIfAbsent(id, (long) ordinals.size());
    for (Relation relation : Relation.values()) {
      relation.keysOf(node).forEach(key -> under(relation, key).add(id));
    }
  }

  void updated(JsonNode before, JsonNode after) {
    String id = Resources.id(after);
    for (Relation relation : Relation.values()) {
      List<String> oldKeys = relation.keysOf(before);
      List<String> newKeys = relation.keysOf(after);
      if (oldKeys.equals(newKeys)) {
        continue;
      }
      oldKeys.forEach(key -> under(relation, key).remove(id));
      newKeys.forEach(key -> under(relation, key).add(id));
    }
  }

  /** The ids under {@code key}, oldest first; a live view, so copy before changing the store. */
  Iterable<String> idsOf(Relation relation, String key) {
    TreeSet<String> found = ids.getOrDefault(relation, Map.of()).get(key);
    return found == null ? List.of() : found;
  }

  /**
   * How many resources were ever under {@code key} (removed ones stay): grows with each newcomer.
   */
  int count(Relation relation, String key) {
    TreeSet<String> found = ids.getOrDefault(relation, Map.of()).get(key);
    return found == null ? 0 : found.size();
  }

  private TreeSet<String> under(Relation relation, String key) {
    return ids.computeIfAbsent(relation, r -> new HashMap<>())
        .computeIfAbsent(key, k -> new TreeSet<>(creationOrder));
  }
}
