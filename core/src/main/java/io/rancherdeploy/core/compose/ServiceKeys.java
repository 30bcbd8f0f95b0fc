package io.rancherdeploy.core.compose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every service key of the docker-compose formats Rancher 1.6 reads (v1, v2, 2.1), with its kind
 * and the formats that allow it, so that an unknown key gets "did you mean" and a v2-only key in a
 * v1 file gets the v1 spelling.
 */
final class ServiceKeys {
  /**
   * One key: its kind, whether v1 and v2 allow it, and the key to use in the other format, if
   * renamed.
   */
  record Key(
      String name, FieldKind kind, boolean v1, boolean v2, String otherFormatName, String note) {}

  private static final Map<String, Key> KEYS = build();

  private ServiceKeys() {}

  static Optional<Key> find(String name) {
    return Optional.ofNullable(KEYS.get(name));
  }

  static Set<String> names() {
    return Collections.unmodifiableSet(KEYS.keySet());
  }

  private static Map<String, Key> build() {
    Map<String, Key> keys = new LinkedHashMap<>();
    both(
        keys,
        FieldKind.STRING,
        "image",
        "hostname",
        "domainname",
        "user",
        "working_dir",
        "cgroup_parent",
        "cpuset",
        "ipc",
        "pid",
        "restart",
        "stop_signal",
        "volume_driver",
        "userns_mode",
        "isolation",
        "uts");
    both(keys, FieldKind.BOOL, "tty", "stdin_open", "privileged", "read_only", "oom_kill_disable");
    both(
        keys,
        FieldKind.INT,
        "cpu_shares",
        "cpu_quota",
        "cpu_period",
        "mem_swappiness",
        "oom_score_adj",
        "pids_limit",
        "blkio_weight");
    both(
        keys,
        FieldKind.BYTES,
        "mem_limit",
        "memswap_limit",
        "mem_reservation",
        "shm_size",
        "kernel_memory");
    both(keys, FieldKind.COMMAND, "command", "entrypoint");
    both(keys, FieldKind.STRING_LIST, "dns", "dns_search", "dns_opt", "env_file", "tmpfs");
    both(
        keys,
        FieldKind.UNIQUE_LIST,
        "cap_add",
        "cap_drop",
        "expose",
        "security_opt",
        "volumes_from",
        "group_add");
    both(keys, FieldKind.KEY_VALUES, "environment", "labels", "sysctls");
    both(keys, FieldKind.HOSTS, "extra_hosts");
    both(keys, FieldKind.PORTS, "ports");
    both(keys, FieldKind.VOLUMES, "volumes");
    both(keys, FieldKind.DEVICES, "devices");
    both(keys, FieldKind.LINKS, "links");
    both(keys, FieldKind.EXTERNAL_LINKS, "external_links");
    both(keys, FieldKind.ULIMITS, "ulimits");
    add(
        keys,
        new Key(
            "stop_grace_period",
            FieldKind.DURATION,
            false,
            true,
            "",
            "Rancher 1.6 stops containers with its own timeout"));
    add(
        keys,
        new Key(
            "container_name",
            FieldKind.IGNORED,
            true,
            true,
            "",
            "Rancher names containers <stack>-<service>-<n> itself"));
    add(
        keys,
        new Key("mac_address", FieldKind.IGNORED, true, true, "", "Rancher assigns MAC addresses"));
    add(
        keys,
        new Key(
            "build",
            FieldKind.IGNORED,
            true,
            true,
            "",
            "rancher-deploy does not build images; build and push first, then deploy the image"));
    add(
        keys,
        new Key("dockerfile", FieldKind.IGNORED, true, false, "", "Rancher does not build images"));
    add(
        keys,
        new Key(
            "extends",
            FieldKind.UNSUPPORTED,
            true,
            true,
            "",
            "write the base service's keys into this service, or use a second compose file as an"
                + " override"));
    add(keys, new Key("net", FieldKind.STRING, true, false, "network_mode", ""));
    add(keys, new Key("network_mode", FieldKind.STRING, false, true, "net", ""));
    add(keys, new Key("log_driver", FieldKind.STRING, true, false, "logging", ""));
    add(keys, new Key("log_opt", FieldKind.KEY_VALUES, true, false, "logging", ""));
    add(keys, new Key("logging", FieldKind.LOGGING, false, true, "log_driver", ""));
    add(keys, new Key("depends_on", FieldKind.NAMES, false, true, "links", ""));
    add(
        keys,
        new Key(
            "networks",
            FieldKind.NAMES,
            false,
            true,
            "",
            "Rancher 1.6 puts every container on its managed network"));
    add(keys, new Key("healthcheck", FieldKind.HEALTHCHECK, false, true, "", ""));
    return Collections.unmodifiableMap(keys);
  }

  private static void both(Map<String, Key> keys, FieldKind kind, String... names) {
    for (String name : names) {
      add(keys, new Key(name, kind, true, true, "", ""));
    }
  }

  private static void add(Map<String, Key> keys, Key key) {
    keys.put(key.name(), key);
  }
}
