package io.rancherdeploy.core.deploy.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the fields that differ between a desired and a live config map, recursing into maps so that
 * one changed label or variable shows as itself. Fields the server writes on its own (a launch
 * config's {@code version}, the hash label) are left out, and so are live-only fields the files
 * never mention: the files describe what they set, not the server's defaults.
 */
final class FieldDiff {
  static final String HASH_LABEL = "io.rancher.service.hash";
  private static final Set<String> SERVER_OWNED =
      Set.of("version", "kind", "uuid", "name", "type", HASH_LABEL);

  private FieldDiff() {}

  static List<FieldChange> between(String prefix, Map<String, ?> desired, Map<String, ?> live) {
    List<FieldChange> changes = new ArrayList<>();
    collect(prefix, desired, live, changes);
    return changes;
  }

  private static void collect(
      String prefix, Map<String, ?> desired, Map<String, ?> live, List<FieldChange> out) {
    Set<String> keys = new TreeSet<>(desired.keySet());
    for (String key : keys) {
      if (SERVER_OWNED.contains(key)) {
        continue;
      }
      Object want = desired.get(key);
      Object have = live.get(key);
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      if (want instanceof Map<?, ?> wantMap && have instanceof Map<?, ?> haveMap) {
        collectNested(path, wantMap, haveMap, out);
      } else if (!sameValue(want, have)) {
        out.add(new FieldChange(path, text(have), text(want)));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void collectNested(
      String path, Map<?, ?> want, Map<?, ?> have, List<FieldChange> out) {
    collect(path, (Map<String, ?>) want, (Map<String, ?>) have, out);
    // Inside a map the files own every key (labels, environment): a key they dropped is a change.
    for (Object key : new TreeSet<>((Set<String>) have.keySet())) {
      if (!want.containsKey(key) && !SERVER_OWNED.contains(key.toString())) {
        out.add(new FieldChange(path + "." + key, text(have.get(key)), Optional.empty()));
      }
    }
  }

  private static boolean sameValue(Object want, Object have) {
    if (want instanceof Number a && have instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    if (want instanceof String a
        && have instanceof String b
        && a.startsWith("docker:") != b.startsWith("docker:")) {
      return a.replaceFirst("^docker:", "").equals(b.replaceFirst("^docker:", ""));
    }
    return Objects.equals(want, have) || (isEmpty(want) && isEmpty(have));
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof List<?> l && l.isEmpty())
        || (value instanceof Map<?, ?> m && m.isEmpty());
  }

  private static Optional<String> text(Object value) {
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
  }
}
