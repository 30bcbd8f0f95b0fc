package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a Rancher launch config locally, as rancher-compose's libcompose conversion followed by
 * Cattle's {@code scripts/transform} and rancher-compose's own overrides would (rancher-api.md
 * §4.1, §4.10): empty values are left out (Go's omitempty), {@code networkMode} is {@code managed}
 * unless set, {@code logConfig} is always there, ports become {@code host:container/proto}, the
 * host IP and bare {@code expose} are dropped as the transform drops them, and the rancher-compose
 * {@code health_check} becomes {@code healthCheck}.
 */
final class LaunchConfigMapper {
  private final Diagnostics diagnostics;
  private final Map<String, Object> volumeDeclarations;

  LaunchConfigMapper(Diagnostics diagnostics, Map<String, Object> volumeDeclarations) {
    this.diagnostics = diagnostics;
    this.volumeDeclarations = volumeDeclarations;
  }

  static String imageUuid(String image) {
    return image.startsWith("docker:") || image.startsWith("sim:") ? image : "docker:" + image;
  }

  /**
   * The launch config of {@code service}; {@code sidekicks} are the sidekick names of its primary.
   */
  Map<String, Object> map(ServiceDef service, Optional<ServiceDef> rancher, Set<String> sidekicks) {
    Map<String, Object> config = new LinkedHashMap<>();
    service.string("image").ifPresent(image -> config.put("imageUuid", imageUuid(image)));
    putList(config, "command", service.strings("command"));
    putList(config, "entryPoint", service.strings("entrypoint"));
    putMap(config, "environment", service.keyValues("environment"));
    putMap(config, "labels", service.keyValues("labels"));
    List<PortMapping> ports = service.listOf("ports", PortMapping.class);
    putList(config, "ports", ports.stream().map(PortMapping::rancherSpec).distinct().toList());
    if (ports.stream().anyMatch(p -> !p.hostIp().isEmpty())) {
      diagnostics.warn(
          service.locationOf("ports"),
          service.pathOf("ports"),
          "Rancher's transform drops the host"
              + " IP of a port mapping; the port is published on every address of the host",
          "");
    }
    putTrue(config, "tty", service.bool("tty"));
    putTrue(config, "stdinOpen", service.bool("stdin_open"));
    putText(config, "user", service.string("user"));
    putText(config, "workingDir", service.string("working_dir"));
    putText(config, "hostname", service.string("hostname"));
    putText(config, "domainName", service.string("domainname"));
    volumes(config, service, sidekicks);
    network(config, service, sidekicks);
    new ContainerOptionsMapper(config).map(service);
    config.put("logConfig", logConfig(service));
    rancher.ifPresent(r -> rancherFields(config, r));
    return config;
  }

  private void volumes(Map<String, Object> config, ServiceDef service, Set<String> sidekicks) {
    List<Mount> mounts = service.listOf("volumes", Mount.class);
    mounts.stream()
        .filter(m -> m.source().startsWith(".") || m.source().startsWith("~"))
        .findFirst()
        .ifPresent(
            m ->
                diagnostics.warn(
                    service.locationOf("volumes"),
                    service.pathOf("volumes"),
                    "the relative"
                        + " host path `"
                        + m.source()
                        + "` is passed to Rancher as written; each host's Docker resolves it",
                    "use an absolute host path or a named volume"));
    putList(config, "dataVolumes", mounts.stream().map(Mount::spec).toList());
    List<String> fromSidekicks = new ArrayList<>();
    List<String> fromOthers = new ArrayList<>();
    for (String from : service.strings("volumes_from")) {
      String target = from.startsWith("service:") ? from.substring(8) : from;
      target =
          target.endsWith(":ro") || target.endsWith(":rw")
              ? target.substring(0, target.length() - 3)
              : target;
      (sidekicks.contains(target) ? fromSidekicks : fromOthers).add(target);
    }
    putList(config, "dataVolumesFromLaunchConfigs", fromSidekicks);
    if (!fromOthers.isEmpty()) {
      diagnostics.warn(
          service.locationOf("volumes_from"),
          service.pathOf("volumes_from"),
          "Rancher takes"
              + " volumes only from sidekicks of the same service; "
              + fromOthers
              + " are ignored",
          "make them sidekicks with the io.rancher.sidekicks label");
    }
    Optional<String> driver = service.string("volume_driver").filter(d -> !d.isEmpty());
    if (driver.isEmpty()) {
      driver =
          mounts.stream()
              .filter(Mount::isNamedVolume)
              .map(m -> volumeDriver(m.source()))
              .flatMap(Optional::stream)
              .findFirst();
    }
    putText(config, "volumeDriver", driver);
  }

  @SuppressWarnings("unchecked")
  private Optional<String> volumeDriver(String volume) {
    Object declaration = volumeDeclarations.get(volume);
    if (declaration instanceof Map<?, ?> map
        && ((Map<String, Object>) map).get("driver") instanceof String d) {
      return Optional.of(d);
    }
    return Optional.empty();
  }

  private void network(Map<String, Object> config, ServiceDef service, Set<String> sidekicks) {
    Optional<String> mode = service.string("network_mode").or(() -> service.string("net"));
    if (mode.isEmpty() || mode.get().isEmpty() || mode.get().equals("default")) {
      config.put("networkMode", "managed");
      return;
    }
    String value = mode.get();
    if (value.startsWith("container:") || value.startsWith("service:")) {
      String target = value.substring(value.indexOf(':') + 1);
      config.put("networkMode", "container");
      if (sidekicks.contains(target)) {
        config.put("networkLaunchConfig", target);
      } else {
        String key = service.field("network_mode").isPresent() ? "network_mode" : "net";
        diagnostics.error(
            service.locationOf(key),
            service.pathOf(key),
            "Rancher can share the network of a"
                + " sidekick of the same service only; `"
                + target
                + "` is not one",
            "container:<sidekick>",
            "list " + target + " in the io.rancher.sidekicks label of this service");
      }
      return;
    }
    config.put("networkMode", value);
  }

  private static Map<String, Object> logConfig(ServiceDef service) {
    Map<String, Object> log = new LinkedHashMap<>();
    Optional<LogSettings> settings = service.field("logging").map(f -> (LogSettings) f.value());
    String driver =
        settings.map(LogSettings::driver).or(() -> service.string("log_driver")).orElse("");
    Map<String, String> options =
        settings.map(LogSettings::options).orElse(service.keyValues("log_opt"));
    if (!driver.isEmpty()) {
      log.put("driver", driver);
    }
    if (!options.isEmpty()) {
      log.put("config", new LinkedHashMap<>(options));
    }
    return log;
  }

  private static void rancherFields(Map<String, Object> config, ServiceDef rancher) {
    rancher.field("health_check").ifPresent(f -> config.put("healthCheck", f.value()));
    rancher
        .string("type")
        .filter(t -> !t.isEmpty() && !t.equals("container"))
        .ifPresent(t -> config.put("kind", t));
    rancher.number("vcpu").filter(n -> n > 0).ifPresent(n -> config.put("vcpu", n));
    rancher.number("memory").filter(n -> n > 0).ifPresent(n -> config.put("memoryMb", n));
    rancher.string("userdata").filter(s -> !s.isEmpty()).ifPresent(s -> config.put("userdata", s));
    rancher.field("disks").ifPresent(f -> config.put("disks", f.value()));
    rancher
        .number("drain_timeout_ms")
        .filter(n -> n > 0)
        .ifPresent(n -> config.put("drainTimeoutMs", n));
    rancher
        .number("milli_cpu_reservation")
        .filter(n -> n > 0)
        .ifPresent(n -> config.put("milliCpuReservation", n));
  }

  static void putList(Map<String, Object> config, String key, List<?> values) {
    if (!values.isEmpty()) {
      config.put(key, new ArrayList<>(values));
    }
  }

  static void putMap(Map<String, Object> config, String key, Map<String, ?> values) {
    if (!values.isEmpty()) {
      config.put(key, new LinkedHashMap<>(values));
    }
  }

  static void putTrue(Map<String, Object> config, String key, Optional<Boolean> value) {
    if (value.orElse(false)) {
      config.put(key, true);
    }
  }

  static void putText(Map<String, Object> config, String key, Optional<String> value) {
    value.filter(v -> !v.isEmpty()).ifPresent(v -> config.put(key, v));
  }
}
