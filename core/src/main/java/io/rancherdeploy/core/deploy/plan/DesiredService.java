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
 * testable with small values. {@code sources} says where some service-level values were written
 * (see {@code ServiceSpec.sources}), for problems only the server can reveal.
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
    ConfigHashes hashes,
    Map<String, String> sources) {

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
    sources = Map.copyOf(sources);
    if (scale < 0) {
      throw new IllegalArgumentException("scale of " + name + " must not be negative");
    }
    if (hashes.service().isEmpty() || hashes.launchConfig().isEmpty()) {
      throw new IllegalArgumentException("a desired service always has its hashes: " + name);
    }
  }

  /** A desired service whose values have no recorded place in the files. */
  public DesiredService(
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
    this(
        name,
        kind,
        launchConfig,
        sidekicks,
        serviceFields,
        scale,
        policy,
        links,
        dependencies,
        hashes,
        Map.of());
  }

  /** The same service with other service-level fields (resolved references); hashes unchanged. */
  public DesiredService withServiceFields(Map<String, Object> fields) {
    return new DesiredService(
        name,
        kind,
        launchConfig,
        sidekicks,
        fields,
        scale,
        policy,
        links,
        dependencies,
        hashes,
        sources);
  }

  /**
   * The same service with service-level fields that Rancher resolved from the files (names turned
   * into ids). The service hash is derived from the file's hash and {@code resolution}, so that a
   * re-run resolving to the same ids stays unchanged and one resolving to new ids (a certificate
   * created again under its name) updates the service.
   */
  public DesiredService withResolvedServiceFields(Map<String, Object> fields, String resolution) {
    ConfigHashes resolved =
        new ConfigHashes(
            hashes.service().map(h -> ImageOverrides.sha256(h + "\0resolved\0" + resolution)),
            hashes.launchConfig(),
            hashes.sidekicks());
    return new DesiredService(
        name,
        kind,
        launchConfig,
        sidekicks,
        fields,
        scale,
        policy,
        links,
        dependencies,
        resolved,
        sources);
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
