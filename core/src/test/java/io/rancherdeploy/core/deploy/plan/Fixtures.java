package io.rancherdeploy.core.deploy.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Small desired and live services for planner tests; the hash is derived from the config like the
 * real one.
 */
final class Fixtures {
  private Fixtures() {}

  static Svc svc(String name) {
    return new Svc(name);
  }

  static final class Svc {
    final String name;
    ServiceKind kind = ServiceKind.SERVICE;
    final Map<String, Object> launchConfig = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> sidekicks = new LinkedHashMap<>();
    final Map<String, Object> fields = new LinkedHashMap<>();
    final List<ServiceLink> links = new ArrayList<>();
    UpgradePolicy policy = UpgradePolicy.NONE;
    int scale = 1;

    Svc(String name) {
      this.name = name;
      launchConfig.put("imageUuid", "docker:" + name + ":1");
    }

    Svc image(String image) {
      launchConfig.put("imageUuid", "docker:" + image);
      return this;
    }

    Svc set(String key, Object value) {
      launchConfig.put(key, value);
      return this;
    }

    Svc field(String key, Object value) {
      fields.put(key, value);
      return this;
    }

    Svc sidekick(String sidekick, String image) {
      sidekicks.put(sidekick, Map.of("imageUuid", "docker:" + image, "name", sidekick));
      return this;
    }

    Svc link(String target) {
      links.add(ServiceLink.internal(target, target));
      return this;
    }

    Svc kind(ServiceKind kind) {
      this.kind = kind;
      return this;
    }

    Svc startFirst(boolean startFirst) {
      policy = new UpgradePolicy(Optional.empty(), Optional.empty(), Optional.of(startFirst));
      return this;
    }

    Svc scale(int scale) {
      this.scale = scale;
      return this;
    }

    ConfigHashes hashes() {
      Map<String, String> sk = new TreeMap<>();
      sidekicks.forEach((k, v) -> sk.put(k, ImageOverrides.sha256(new TreeMap<>(v).toString())));
      return ConfigHashes.of(
          ImageOverrides.sha256(new TreeMap<>(fields).toString()),
          ImageOverrides.sha256(new TreeMap<>(launchConfig).toString()),
          sk);
    }

    DesiredService desired() {
      return new DesiredService(
          name, kind, launchConfig, sidekicks, fields, scale, policy, links, Set.of(), hashes());
    }

    /** The service as Rancher would hold it after a deploy of this config. */
    RemoteService live(ServiceState state) {
      Map<String, String> linkMap = new TreeMap<>();
      links.forEach(l -> linkMap.put(l.alias(), l.target()));
      return new RemoteService(
          "1s-" + name,
          name,
          kind,
          state,
          scale,
          hashes(),
          launchConfig,
          sidekicks,
          fields,
          linkMap);
    }

    RemoteService live() {
      return live(ServiceState.ACTIVE);
    }
  }

  static List<DesiredService> desired(Svc... services) {
    return java.util.Arrays.stream(services).map(Svc::desired).toList();
  }

  static RemoteState stack(RemoteService... services) {
    return new RemoteState(Optional.of("1st1"), List.of(services));
  }
}
