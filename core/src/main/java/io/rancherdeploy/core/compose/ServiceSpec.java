package io.rancherdeploy.core.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One service of the stack as Rancher will receive it.
 *
 * @param name the compose name (the Rancher service name)
 * @param type which Rancher collection it belongs to
 * @param launchConfig the primary launch config in Rancher's JSON field names, as rancher-compose
 *     would post it after {@code scripts/transform} ({@code imageUuid: "docker:..."}, {@code
 *     labels}, {@code ports}, {@code healthCheck}, {@code networkMode}, {@code logConfig}, ...);
 *     empty for EXTERNAL and DNS services; without the {@code io.rancher.service.hash} label, which
 *     the engine adds
 * @param sidekicks the secondary launch configs, in label order
 * @param fields the service-level fields in Rancher's names: {@code lbConfig} (port rules name
 *     their target by compose name in {@code service}), {@code metadata}, {@code retainIp}, {@code
 *     startOnCreate}, {@code scalePolicy}, {@code externalIpAddresses}, {@code hostname}, {@code
 *     healthCheck} (external services), {@code selectorContainer}, {@code selectorLink}; only those
 *     the files set
 * @param scale from rancher-compose.yml, 1 when not set
 * @param upgradeStrategy from rancher-compose.yml's {@code upgrade_strategy}
 * @param links links and external links, for {@code setservicelinks} (empty for load balancers:
 *     their port rules carry the targets)
 * @param dependencies services of this stack to create first (links, depends_on, volumes_from, LB
 *     targets)
 * @param hashes stable hashes of the launch config, each sidekick and the service-level fields
 * @param sources where some service-level values were written, for problems found only against the
 *     server (a certificate name Rancher does not know): {@code lbConfig.certificateNames} or
 *     {@code lbConfig.defaultCertificateName} to {@code "rancher-compose.yml line 7 (lb.certs)"};
 *     not hashed
 */
public record ServiceSpec(
    String name,
    ServiceType type,
    Map<String, Object> launchConfig,
    List<Sidekick> sidekicks,
    Map<String, Object> fields,
    int scale,
    UpgradeStrategy upgradeStrategy,
    List<ServiceLink> links,
    List<String> dependencies,
    ConfigHashes hashes,
    Map<String, String> sources) {

  public ServiceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    launchConfig = DeepImmutable.map(launchConfig);
    sidekicks = List.copyOf(sidekicks);
    fields = DeepImmutable.map(fields);
    Objects.requireNonNull(upgradeStrategy, "upgradeStrategy");
    links = List.copyOf(links);
    dependencies = List.copyOf(dependencies);
    Objects.requireNonNull(hashes, "hashes");
    sources = Map.copyOf(sources);
  }

  /** Builds a spec and computes its hashes. */
  static ServiceSpec of(
      String name,
      ServiceType type,
      Map<String, Object> launchConfig,
      List<Sidekick> sidekicks,
      Map<String, Object> fields,
      int scale,
      UpgradeStrategy strategy,
      List<ServiceLink> links,
      List<String> dependencies,
      Map<String, String> sources) {
    Map<String, Object> hashedFields = new LinkedHashMap<>(fields);
    hashedFields.put("name", name);
    hashedFields.put("type", type.name());
    return new ServiceSpec(
        name,
        type,
        launchConfig,
        sidekicks,
        fields,
        scale,
        strategy,
        links,
        dependencies,
        ConfigHasher.hashes(launchConfig, sidekicks, hashedFields),
        sources);
  }

  /** The image of the primary launch config, without the {@code docker:} prefix. */
  public Optional<String> image() {
    Object uuid = launchConfig.get("imageUuid");
    return uuid instanceof String s
        ? Optional.of(s.startsWith("docker:") ? s.substring(7) : s)
        : Optional.empty();
  }

  public Optional<Sidekick> sidekick(String sidekickName) {
    return sidekicks.stream().filter(s -> s.name().equals(sidekickName)).findFirst();
  }

  /** {@code secondaryLaunchConfigs} as Rancher takes them (each with its {@code name}). */
  public List<Map<String, Object>> secondaryLaunchConfigs() {
    return sidekicks.stream().map(Sidekick::secondaryLaunchConfig).toList();
  }

  /**
   * The same service with another image for its primary launch config (a per-build image override,
   * or the server's {@code lb.instance.image} for a load balancer), with the hashes computed again.
   */
  public ServiceSpec withImage(String image) {
    Map<String, Object> changed = new LinkedHashMap<>(launchConfig);
    changed.put("imageUuid", LaunchConfigMapper.imageUuid(image));
    return of(
        name,
        type,
        changed,
        sidekicks,
        fields,
        scale,
        upgradeStrategy,
        links,
        dependencies,
        sources);
  }

  /** A sidekick's image replaced, with the hashes computed again. */
  public ServiceSpec withSidekickImage(String sidekickName, String image) {
    if (sidekick(sidekickName).isEmpty()) {
      throw new IllegalArgumentException("service " + name + " has no sidekick " + sidekickName);
    }
    List<Sidekick> changed =
        sidekicks.stream()
            .map(
                s -> {
                  if (!s.name().equals(sidekickName)) {
                    return s;
                  }
                  Map<String, Object> config = new LinkedHashMap<>(s.launchConfig());
                  config.put("imageUuid", LaunchConfigMapper.imageUuid(image));
                  return new Sidekick(s.name(), config);
                })
            .toList();
    return of(
        name,
        type,
        launchConfig,
        changed,
        fields,
        scale,
        upgradeStrategy,
        links,
        dependencies,
        sources);
  }

  /** Names and hashes only: the launch config holds interpolated values, which may be secrets. */
  @Override
  public String toString() {
    return "ServiceSpec[name="
        + name
        + ", type="
        + type
        + ", scale="
        + scale
        + ", sidekicks="
        + sidekicks.stream().map(Sidekick::name).toList()
        + ", links="
        + links
        + ", dependencies="
        + dependencies
        + ", hashes="
        + hashes
        + "]";
  }
}
