package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.compose.ServiceSpec;
import io.rancherdeploy.core.compose.ServiceType;
import io.rancherdeploy.core.compose.Sidekick;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The compose model's services in the planner's shape. */
public final class DesiredServices {
  private DesiredServices() {}

  public static List<DesiredService> of(ComposeProject project) {
    return project.services().stream().map(DesiredServices::of).toList();
  }

  public static DesiredService of(ServiceSpec spec) {
    Map<String, Map<String, Object>> sidekicks = new LinkedHashMap<>();
    for (Sidekick sidekick : spec.sidekicks()) {
      sidekicks.put(sidekick.name(), sidekick.launchConfig());
    }
    UpgradePolicy policy =
        new UpgradePolicy(
            spec.upgradeStrategy().batchSize(),
            spec.upgradeStrategy().intervalMillis().map(Duration::ofMillis),
            spec.upgradeStrategy().startFirst());
    List<ServiceLink> links =
        spec.links().stream()
            .map(l -> new ServiceLink(l.service(), l.dnsName(), l.stack()))
            .toList();
    ConfigHashes hashes =
        new ConfigHashes(
            Optional.of(spec.hashes().service()),
            Optional.of(spec.hashes().launchConfig()),
            spec.hashes().sidekicks());
    return new DesiredService(
        spec.name(),
        kind(spec.type()),
        spec.launchConfig(),
        sidekicks,
        spec.fields(),
        spec.scale(),
        policy,
        links,
        Set.copyOf(spec.dependencies()),
        hashes,
        spec.sources());
  }

  private static ServiceKind kind(ServiceType type) {
    return switch (type) {
      case SERVICE -> ServiceKind.SERVICE;
      case LOAD_BALANCER -> ServiceKind.LOAD_BALANCER;
      case EXTERNAL -> ServiceKind.EXTERNAL;
      case DNS -> ServiceKind.DNS;
    };
  }
}
