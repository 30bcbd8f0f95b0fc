package io.rancherdeploy.core.deploy.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-first runs the new container next to the old one. That cannot work when the container binds
 * a host port or needs a fixed IP: the new one cannot bind, or Rancher answers 422 (startFirst with
 * retainIp). Found here, before any call, with the reason and the fix.
 */
final class StartFirstCheck {
  private StartFirstCheck() {}

  static List<String> problems(DesiredService service) {
    List<String> problems = new ArrayList<>();
    String fix =
        "; upgrade it stop-first (upgrade_strategy.start_first: false, or the startFirst option"
            + " false)";
    if (Boolean.TRUE.equals(service.serviceFields().get("retainIp"))) {
      problems.add(
          "service "
              + service.name()
              + " upgrades start-first but has retainIp: Rancher refuses this "
              + "(422) because the new container cannot take the old one's IP while it runs"
              + fix);
    }
    check(service.name(), "", service.launchConfig(), fix, problems);
    service
        .sidekicks()
        .forEach(
            (sidekick, config) ->
                check(service.name(), " (sidekick " + sidekick + ")", config, fix, problems));
    return problems;
  }

  private static void check(
      String name, String where, Map<String, Object> config, String fix, List<String> out) {
    hostPort(config)
        .ifPresent(
            port ->
                out.add(
                    "service "
                        + name
                        + where
                        + " upgrades start-first but binds host "
                        + "port "
                        + port
                        + ": the new container cannot bind it while the old one holds it"
                        + fix));
    Object labels = config.get("labels");
    boolean fixedIp =
        config.get("requestedIpAddress") != null
            || (labels instanceof Map<?, ?> map
                && map.containsKey("io.rancher.container.requested_ip"));
    if (fixedIp) {
      out.add(
          "service "
              + name
              + where
              + " upgrades start-first but asks for a fixed IP: two containers "
              + "cannot hold it at once"
              + fix);
    }
    if ("host".equals(config.get("networkMode"))
        && config.get("ports") instanceof List<?> ports
        && !ports.isEmpty()) {
      out.add(
          "service "
              + name
              + where
              + " upgrades start-first on the host network with ports "
              + ports
              + ": the new container cannot bind them while the old one runs"
              + fix);
    }
  }

  /**
   * The first published host port: {@code 8080:5000/tcp} or {@code 10.0.0.1:8080:5000}; not {@code
   * 5000/tcp}.
   */
  static Optional<String> hostPort(Map<String, Object> config) {
    if (!(config.get("ports") instanceof List<?> ports)) {
      return Optional.empty();
    }
    for (Object port : ports) {
      String spec = String.valueOf(port);
      String[] parts = spec.split("/")[0].split(":");
      if (parts.length >= 2 && !parts[parts.length - 2].isEmpty()) {
        return Optional.of(parts[parts.length - 2]);
      }
    }
    return Optional.empty();
  }
}
