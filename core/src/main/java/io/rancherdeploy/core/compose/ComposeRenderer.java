package io.rancherdeploy.core.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The merged, interpolated stack as normalized docker-compose YAML, as {@code docker-compose
 * config} prints it: always version 2, services and keys sorted, environment and labels as maps,
 * ports, volumes and links in their short syntax, v1 spellings ({@code net}, {@code log_driver}) in
 * their v2 form.
 */
final class ComposeRenderer {
  private ComposeRenderer() {}

  static String render(
      Map<String, ServiceDef> services, Map<String, Object> volumes, Map<String, Object> networks) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", "2");
    Map<String, Object> renderedServices = new TreeMap<>();
    services.forEach((name, service) -> renderedServices.put(name, service(service)));
    root.put("services", renderedServices);
    if (!volumes.isEmpty()) {
      root.put("volumes", new TreeMap<>(volumes));
    }
    if (!networks.isEmpty()) {
      root.put("networks", new TreeMap<>(networks));
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(120);
    return new Yaml(options).dump(root);
  }

  private static Map<String, Object> service(ServiceDef service) {
    Map<String, Object> keys = new TreeMap<>();
    service
        .fields()
        .forEach(
            (key, field) -> {
              FieldKind kind =
                  ServiceKeys.find(key).map(ServiceKeys.Key::kind).orElse(FieldKind.IGNORED);
              switch (key) {
                case "net" -> keys.put("network_mode", field.value());
                case "log_driver", "log_opt" -> logging(keys, service);
                default -> keys.put(key, value(kind, field.value()));
              }
            });
    return keys;
  }

  private static void logging(Map<String, Object> keys, ServiceDef service) {
    Map<String, Object> logging = new LinkedHashMap<>();
    service.string("log_driver").ifPresent(d -> logging.put("driver", d));
    if (!service.keyValues("log_opt").isEmpty()) {
      logging.put("options", new TreeMap<>(service.keyValues("log_opt")));
    }
    keys.put("logging", logging);
  }

  @SuppressWarnings("unchecked")
  private static Object value(FieldKind kind, Object value) {
    return switch (kind) {
      case KEY_VALUES -> new TreeMap<>((Map<String, String>) value);
      case HOSTS ->
          ((Map<String, String>) value)
              .entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList();
      case PORTS -> ((List<PortMapping>) value).stream().map(PortMapping::shortSyntax).toList();
      case VOLUMES, DEVICES -> ((List<Mount>) value).stream().map(Mount::spec).toList();
      case LINKS, EXTERNAL_LINKS -> ((List<LinkRef>) value).stream().map(LinkRef::spec).toList();
      case DURATION -> duration((Long) value);
      case LOGGING -> logging((LogSettings) value);
      case ULIMITS -> ulimits((Map<String, Ulimit>) value);
      case HEALTHCHECK -> healthcheck((Map<String, Object>) value);
      default -> value instanceof List<?> list ? new ArrayList<>(list) : value;
    };
  }

  private static String duration(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  private static Map<String, Object> logging(LogSettings settings) {
    Map<String, Object> logging = new LinkedHashMap<>();
    if (!settings.driver().isEmpty()) {
      logging.put("driver", settings.driver());
    }
    if (!settings.options().isEmpty()) {
      logging.put("options", new TreeMap<>(settings.options()));
    }
    return logging;
  }

  private static Map<String, Object> ulimits(Map<String, Ulimit> limits) {
    Map<String, Object> result = new TreeMap<>();
    limits.forEach(
        (name, limit) ->
            result.put(
                name,
                limit.soft() == limit.hard()
                    ? (Object) limit.soft()
                    : new TreeMap<>(Map.of("soft", limit.soft(), "hard", limit.hard()))));
    return result;
  }

  private static Map<String, Object> healthcheck(Map<String, Object> check) {
    Map<String, Object> result = new TreeMap<>();
    check.forEach(
        (key, value) ->
            result.put(
                key, value instanceof Long l && !key.equals("retries") ? duration(l) : value));
    return result;
  }
}
