package io.rancherdeploy.core.compose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service keys of rancher-compose.yml that Rancher 1.6 documents, with how each is read. Keys
 * that Rancher (or rancher-deploy) ignores are read and warned about, never fatal, as
 * rancher-compose ignores them too.
 */
final class RancherKeys {
  /** How a rancher-compose key is read. */
  enum Kind {
    INT,
    BOOL,
    STRING,
    STRING_LIST,
    HEALTH_CHECK,
    UPGRADE_STRATEGY,
    LB_CONFIG,
    SCALE_POLICY,
    DATA,
    IGNORED
  }

  record Key(String name, Kind kind, String note) {}

  static final Set<String> HEALTH_CHECK_KEYS =
      Set.of(
          "port",
          "interval",
          "initializing_timeout",
          "reinitializing_timeout",
          "unhealthy_threshold",
          "healthy_threshold",
          "response_timeout",
          "request_line",
          "strategy",
          "recreate_on_quorum_strategy_config",
          "name");
  static final Set<String> PORT_RULE_KEYS =
      Set.of(
          "source_port",
          "target_port",
          "service",
          "protocol",
          "hostname",
          "path",
          "priority",
          "backend_name",
          "selector");
  static final Set<String> LB_CONFIG_KEYS =
      Set.of("port_rules", "certs", "default_cert", "stickiness_policy", "config");
  static final Set<String> UPGRADE_KEYS = Set.of("start_first", "batch_size", "interval_millis");

  private static final Map<String, Key> KEYS = build();

  private RancherKeys() {}

  static Optional<Key> find(String name) {
    return Optional.ofNullable(KEYS.get(name));
  }

  static Set<String> names() {
    return Collections.unmodifiableSet(KEYS.keySet());
  }

  static boolean isRancherKey(String name) {
    return KEYS.containsKey(name);
  }

  private static Map<String, Key> build() {
    Map<String, Key> keys = new LinkedHashMap<>();
    add(keys, "scale", Kind.INT);
    add(keys, "retain_ip", Kind.BOOL);
    add(keys, "start_on_create", Kind.BOOL);
    add(keys, "health_check", Kind.HEALTH_CHECK);
    add(keys, "upgrade_strategy", Kind.UPGRADE_STRATEGY);
    add(keys, "lb_config", Kind.LB_CONFIG);
    add(keys, "scale_policy", Kind.SCALE_POLICY);
    add(keys, "metadata", Kind.DATA);
    add(keys, "external_ips", Kind.STRING_LIST);
    add(keys, "hostname", Kind.STRING);
    add(keys, "certs", Kind.STRING_LIST);
    add(keys, "default_cert", Kind.STRING);
    add(keys, "load_balancer_config", Kind.DATA);
    add(keys, "type", Kind.STRING);
    add(keys, "vcpu", Kind.INT);
    add(keys, "memory", Kind.INT);
    add(keys, "userdata", Kind.STRING);
    add(keys, "disks", Kind.DATA);
    add(keys, "drain_timeout_ms", Kind.INT);
    add(keys, "milli_cpu_reservation", Kind.INT);
    keys.put(
        "service_schemas",
        new Key(
            "service_schemas", Kind.IGNORED, "service schemas are not created by rancher-deploy"));
    keys.put(
        "storage_driver",
        new Key(
            "storage_driver",
            Kind.IGNORED,
            "storage drivers are infrastructure services; deploy them from the Rancher catalog"));
    keys.put(
        "network_driver",
        new Key(
            "network_driver",
            Kind.IGNORED,
            "network drivers are infrastructure services; deploy them from the Rancher catalog"));
    return Collections.unmodifiableMap(keys);
  }

  private static void add(Map<String, Key> keys, String name, Kind kind) {
    keys.put(name, new Key(name, kind, ""));
  }
}
