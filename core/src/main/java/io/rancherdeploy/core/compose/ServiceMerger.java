package io.rancherdeploy.core.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges the compose files in order with docker-compose's override rules: single values are
 * replaced; ports, expose, dns and the other plain lists are concatenated without duplicates;
 * environment, labels, extra_hosts and ulimits merge by key; volumes and devices by container path;
 * links by alias; logging options merge when the driver stays the same. Services keep the order in
 * which they first appear.
 */
final class ServiceMerger {
  private final Map<String, ServiceDef> services = new LinkedHashMap<>();
  private final Map<String, Object> volumes = new LinkedHashMap<>();
  private final Map<String, Object> networks = new LinkedHashMap<>();

  void add(ComposeFile file) {
    volumes.putAll(file.volumes());
    networks.putAll(file.networks());
    for (ServiceDef override : file.services()) {
      ServiceDef base = services.get(override.name());
      if (base == null) {
        services.put(override.name(), override);
      } else {
        override
            .fields()
            .forEach(
                (key, field) -> base.put(key, merge(key, base.field(key).orElse(null), field)));
      }
    }
  }

  Map<String, ServiceDef> services() {
    return services;
  }

  Map<String, Object> volumes() {
    return volumes;
  }

  Map<String, Object> networks() {
    return networks;
  }

  private static Field merge(String key, Field base, Field override) {
    if (base == null) {
      return override;
    }
    FieldKind kind = ServiceKeys.find(key).map(ServiceKeys.Key::kind).orElse(FieldKind.STRING);
    Object merged =
        switch (kind) {
          case KEY_VALUES, HOSTS, ULIMITS -> mergeMaps(base.value(), override.value());
          case STRING_LIST, UNIQUE_LIST, PORTS, NAMES ->
              concatUnique(base.value(), override.value());
          case VOLUMES, DEVICES -> byKey(base.value(), override.value(), m -> ((Mount) m).target());
          case LINKS, EXTERNAL_LINKS ->
              byKey(base.value(), override.value(), l -> ((LinkRef) l).effectiveAlias());
          case LOGGING -> mergeLogging((LogSettings) base.value(), (LogSettings) override.value());
          default -> override.value();
        };
    return new Field(merged, override.location(), override.path());
  }

  @SuppressWarnings("unchecked")
  private static Object mergeMaps(Object base, Object override) {
    Map<Object, Object> result = new LinkedHashMap<>((Map<Object, Object>) base);
    result.putAll((Map<Object, Object>) override);
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Object concatUnique(Object base, Object override) {
    LinkedHashSet<Object> result = new LinkedHashSet<>((List<Object>) base);
    result.addAll((List<Object>) override);
    return new ArrayList<>(result);
  }

  @SuppressWarnings("unchecked")
  private static Object byKey(Object base, Object override, Function<Object, String> key) {
    Map<String, Object> result = new LinkedHashMap<>();
    ((List<Object>) base).forEach(item -> result.put(key.apply(item), item));
    ((List<Object>) override).forEach(item -> result.put(key.apply(item), item));
    return new ArrayList<>(result.values());
  }

  private static LogSettings mergeLogging(LogSettings base, LogSettings override) {
    if (!override.driver().isEmpty() && !override.driver().equals(base.driver())) {
      return override;
    }
    Map<String, String> options = new LinkedHashMap<>(base.options());
    options.putAll(override.options());
    return new LogSettings(base.driver(), options);
  }
}
