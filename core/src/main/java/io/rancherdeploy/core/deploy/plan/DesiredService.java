package io.rancherdeploy.core.deploy.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One service as the compose files want it, in the shape the planner needs: Rancher's launch config
 * maps, the service-level fields, the upgrade policy, the links and dependencies, and the config
 * hashes. Built from the compose model's {@code ServiceSpec}; kept separate so that planning is
 * testable with small values.
 */
public record DesiredService(
    String name,
    ServiceKind kind,
    Map<String, Object> launchConfig,
    Map<String, Map<String, Object>> sidekicks,
    Map<String, Object> serviceFields,
    int scale,
    UpgradePolicy policy,
    List<ServiceLink> links,
    Set<String> dependencies,
    ConfigHashes hashes) {

  public DesiredService {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    launchConfig = Collections.unmodifiableMap(new LinkedHashMap<>(launchConfig));
    sidekicks = Collections.unmodifiableMap(new LinkedHashMap<>(sidekicks));
    serviceFields = Collections.unmodifiableMap(new LinkedHashMap<>(serviceFields));
    Objects.requireNonNull(policy, "policy");
    links = List.copyOf(links);
    dependencies = Set.copyOf(dependencies);
    Objects.requireNonNull(hashes, "hashes");
    if (scale < 0) {
      throw new IllegalArgumentException("scale of " + name + " must not be negative");
    }
    if (hashes.service().isEmpty() || hashes.launchConfig().isEmpty()) {
      throw new IllegalArgumentException("a desired service always has its hashes: " + name);
    }
  }

  /** The image the primary container runs, without Rancher's {@code docker:} prefix. */
  public String image() {
    return RemoteService.imageOf(launchConfig);
  }

  /**
   * The services in this stack that must be in place before this one: link targets and depends_on.
   */
  public Set<String> needs() {
    Set<String> needs = new java.util.TreeSet<>(dependencies);
    links.stream().filter(l -> !l.external()).forEach(l -> needs.add(l.target()));
    needs.remove(name);
    return needs;
  }
}
