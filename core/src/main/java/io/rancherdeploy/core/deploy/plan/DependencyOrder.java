package io.rancherdeploy.core.deploy.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders services so that each comes after the services it links to or depends on. Links are
 * optional dependencies in rancher-compose, so a cycle is not an error: the edge that closes it is
 * dropped (the linked service then starts without waiting) and a warning names it.
 */
final class DependencyOrder {
  private final Map<String, Set<String>> after = new LinkedHashMap<>();
  private final List<String> order = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private DependencyOrder() {}

  /**
   * @param needs each service's link targets and dependencies; names outside the map are ignored
   *     (they are not part of this deploy)
   */
  static DependencyOrder of(Map<String, Set<String>> needs) {
    DependencyOrder result = new DependencyOrder();
    Map<String, Integer> mark = new HashMap<>();
    for (String name : new TreeSet<>(needs.keySet())) {
      result.visit(name, needs, mark, new ArrayList<>());
    }
    return result;
  }

  private void visit(
      String name, Map<String, Set<String>> needs, Map<String, Integer> mark, List<String> path) {
    if (mark.getOrDefault(name, 0) == 2) {
      return;
    }
    mark.put(name, 1);
    path.add(name);
    Set<String> kept = new TreeSet<>();
    for (String target : new TreeSet<>(needs.get(name))) {
      if (!needs.containsKey(target)) {
        continue;
      }
      if (mark.getOrDefault(target, 0) == 1) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(target), path.size()));
        cycle.add(target);
        warnings.add(
            "links form a cycle ("
                + String.join(" -> ", cycle)
                + "); "
                + name
                + " does not wait for "
                + target);
        continue;
      }
      visit(target, needs, mark, path);
      kept.add(target);
    }
    path.remove(path.size() - 1);
    mark.put(name, 2);
    after.put(name, Collections.unmodifiableSet(kept));
    order.add(name);
  }

  /** Every service after the ones it waits for; among independent ones, by name. */
  List<String> order() {
    return List.copyOf(order);
  }

  Set<String> after(String name) {
    return after.getOrDefault(name, Set.of());
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * The length of the longest chain of services that wait for each other (1 for independent
   * services).
   */
  int depth() {
    Map<String, Integer> depth = new HashMap<>();
    int max = 0;
    for (String name : order) {
      int d = 1 + after(name).stream().mapToInt(depth::get).max().orElse(0);
      depth.put(name, d);
      max = Math.max(max, d);
    }
    return max;
  }
}
