package io.rancherdeploy.core.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SHA-256 hex over a canonical JSON (keys sorted at every depth). Like rancher-compose's digest, it
 * leaves out {@code io.rancher.service.hash}, {@code links}, {@code scale}, {@code selector*}
 * fields and the stack id; lists whose order means nothing to Docker (ports, capabilities) are
 * sorted, so reordering them is no change, and empty maps and lists count as absent (Go's
 * omitempty).
 */
final class ConfigHasher {
  static final String HASH_LABEL = "io.rancher.service.hash";
  private static final Set<String> IGNORED =
      Set.of(HASH_LABEL, "links", "scale", "selectorContainer", "selectorLink", "stackId");
  private static final Set<String> UNORDERED = Set.of("ports", "capAdd", "capDrop", "expose");
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private ConfigHasher() {}

  static String hash(Map<String, ?> config) {
    try {
      byte[] json = JSON.writeValueAsBytes(canonical(config));
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash a launch config", e);
    }
  }

  static ConfigHashes hashes(
      Map<String, Object> launchConfig,
      List<Sidekick> sidekicks,
      Map<String, Object> serviceFields) {
    Map<String, String> sidekickHashes = new LinkedHashMap<>();
    for (Sidekick sidekick : sidekicks) {
      sidekickHashes.put(sidekick.name(), hash(sidekick.secondaryLaunchConfig()));
    }
    return new ConfigHashes(hash(launchConfig), sidekickHashes, hash(serviceFields));
  }

  @SuppressWarnings("unchecked")
  private static Object canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      ((Map<String, Object>) map)
          .forEach(
              (key, item) -> {
                Object canonical = IGNORED.contains(key) ? null : canonical(item);
                if (canonical != null && !isEmpty(canonical)) {
                  result.put(
                      key,
                      UNORDERED.contains(key) && canonical instanceof List<?> list
                          ? sorted(list)
                          : canonical);
                }
              });
      return result;
    }
    if (value instanceof List<?> list) {
      List<Object> result = new ArrayList<>(list.size());
      list.forEach(item -> result.add(canonical(item)));
      return result;
    }
    return value;
  }

  /** Go's omitempty: an empty map or list means the same as none. */
  private static boolean isEmpty(Object value) {
    return value instanceof Map<?, ?> map && map.isEmpty()
        || value instanceof List<?> list && list.isEmpty();
  }

  private static List<Object> sorted(List<?> list) {
    List<Object> copy = new ArrayList<>(list);
    copy.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
    return copy;
  }
}
