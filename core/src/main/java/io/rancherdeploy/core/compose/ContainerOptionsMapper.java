package io.rancherdeploy.core.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Docker knobs of a launch config: resources, security, DNS, devices, restart policy, Docker
 * healthcheck.
 */
final class ContainerOptionsMapper {
  private static final Map<String, String> NUMBERS = numbers();
  private static final Map<String, String> TEXTS =
      ordered(
          "cpuset",
          "cpuSet",
          "ipc",
          "ipcMode",
          "pid",
          "pidMode",
          "uts",
          "uts",
          "userns_mode",
          "usernsMode",
          "isolation",
          "isolation",
          "cgroup_parent",
          "cgroupParent",
          "stop_signal",
          "stopSignal");
  private static final Map<String, String> LISTS =
      ordered(
          "dns",
          "dns",
          "dns_search",
          "dnsSearch",
          "dns_opt",
          "dnsOpt",
          "cap_add",
          "capAdd",
          "cap_drop",
          "capDrop",
          "security_opt",
          "securityOpt",
          "group_add",
          "groupAdd");

  private final Map<String, Object> config;

  ContainerOptionsMapper(Map<String, Object> config) {
    this.config = config;
  }

  void map(ServiceDef service) {
    LaunchConfigMapper.putTrue(config, "privileged", service.bool("privileged"));
    LaunchConfigMapper.putTrue(config, "readOnly", service.bool("read_only"));
    LaunchConfigMapper.putTrue(config, "oomKillDisable", service.bool("oom_kill_disable"));
    NUMBERS.forEach(
        (key, field) ->
            service.number(key).filter(n -> n != 0).ifPresent(n -> config.put(field, n)));
    TEXTS.forEach((key, field) -> LaunchConfigMapper.putText(config, field, service.string(key)));
    LISTS.forEach((key, field) -> LaunchConfigMapper.putList(config, field, service.strings(key)));
    LaunchConfigMapper.putList(
        config,
        "devices",
        service.listOf("devices", Mount.class).stream().map(Mount::spec).toList());
    LaunchConfigMapper.putList(
        config,
        "extraHosts",
        service.keyValues("extra_hosts").entrySet().stream()
            .map(e -> e.getKey() + ":" + e.getValue())
            .toList());
    LaunchConfigMapper.putMap(config, "sysctls", service.keyValues("sysctls"));
    tmpfs(service.strings("tmpfs"));
    ulimits(service);
    service.string("restart").filter(r -> !r.isEmpty()).ifPresent(this::restartPolicy);
    service.field("healthcheck").ifPresent(f -> dockerHealthcheck(f.value()));
  }

  private void tmpfs(List<String> entries) {
    Map<String, String> tmpfs = new LinkedHashMap<>();
    for (String entry : entries) {
      int colon = entry.indexOf(':');
      tmpfs.put(
          colon < 0 ? entry : entry.substring(0, colon),
          colon < 0 ? "" : entry.substring(colon + 1));
    }
    LaunchConfigMapper.putMap(config, "tmpfs", tmpfs);
  }

  @SuppressWarnings("unchecked")
  private void ulimits(ServiceDef service) {
    Map<String, Ulimit> limits =
        service.field("ulimits").map(f -> (Map<String, Ulimit>) f.value()).orElse(Map.of());
    LaunchConfigMapper.putList(
        config,
        "ulimits",
        limits.entrySet().stream()
            .map(
                e -> {
                  Map<String, Object> limit = new LinkedHashMap<>();
                  limit.put("name", e.getKey());
                  limit.put("soft", e.getValue().soft());
                  limit.put("hard", e.getValue().hard());
                  return limit;
                })
            .toList());
  }

  private void restartPolicy(String restart) {
    Map<String, Object> policy = new LinkedHashMap<>();
    int colon = restart.indexOf(':');
    policy.put("name", colon < 0 ? restart : restart.substring(0, colon));
    if (colon >= 0) {
      try {
        policy.put("maximumRetryCount", Long.parseLong(restart.substring(colon + 1).strip()));
      } catch (NumberFormatException e) {
        policy.put("maximumRetryCount", 0L);
      }
    }
    config.put("restartPolicy", policy);
  }

  @SuppressWarnings("unchecked")
  private void dockerHealthcheck(Object value) {
    Map<String, Object> check = (Map<String, Object>) value;
    if (Boolean.TRUE.equals(check.get("disable"))) {
      config.put("healthCmd", List.of("NONE"));
      return;
    }
    Optional.ofNullable(check.get("test")).ifPresent(t -> config.put("healthCmd", t));
    // Docker's API counts these in nanoseconds; the transform copies Docker's values.
    Optional.ofNullable(check.get("interval"))
        .ifPresent(t -> config.put("healthInterval", (Long) t * 1_000_000));
    Optional.ofNullable(check.get("timeout"))
        .ifPresent(t -> config.put("healthTimeout", (Long) t * 1_000_000));
    Optional.ofNullable(check.get("retries")).ifPresent(t -> config.put("healthRetries", t));
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static Map<String, String> numbers() {
    Map<String, String> numbers = new LinkedHashMap<>();
    numbers.put("mem_limit", "memory");
    numbers.put("memswap_limit", "memorySwap");
    numbers.put("mem_reservation", "memoryReservation");
    numbers.put("mem_swappiness", "memorySwappiness");
    numbers.put("cpu_shares", "cpuShares");
    numbers.put("cpu_quota", "cpuQuota");
    numbers.put("cpu_period", "cpuPeriod");
    numbers.put("shm_size", "shmSize");
    numbers.put("kernel_memory", "kernelMemory");
    numbers.put("oom_score_adj", "oomScoreAdj");
    numbers.put("pids_limit", "pidsLimit");
    numbers.put("blkio_weight", "blkioWeight");
    return numbers;
  }
}
