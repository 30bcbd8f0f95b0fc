package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.deploy.plan.ConfigHashes;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.ServiceKind;
import io.rancherdeploy.core.deploy.plan.ServiceLink;
import io.rancherdeploy.core.deploy.plan.UpgradePolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Desired services for engine tests, hashed from their config as the compose model does. */
final class Desired {
  final String name;
  ServiceKind kind = ServiceKind.SERVICE;
  final Map<String, Object> launchConfig = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> sidekicks = new LinkedHashMap<>();
  final Map<String, Object> fields = new LinkedHashMap<>();
  final List<ServiceLink> links = new ArrayList<>();
  UpgradePolicy policy = UpgradePolicy.NONE;
  int scale = 1;

  private Desired(String name, String image) {
    this.name = name;
    launchConfig.put("imageUuid", "docker:" + image);
    launchConfig.put("networkMode", "managed");
  }

  static Desired service(String name, String image) {
    return new Desired(name, image);
  }

  Desired image(String image) {
    launchConfig.put("imageUuid", "docker:" + image);
    return this;
  }

  Desired healthCheck() {
    launchConfig.put(
        "healthCheck",
        Map.of(
            "port",
            5000,
            "interval",
            2000,
            "healthyThreshold",
            2,
            "unhealthyThreshold",
            3,
            "responseTimeout",
            2000,
            "requestLine",
            "GET / HTTP/1.0"));
    return this;
  }

  Desired label(String key, String value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> labels =
        (Map<String, Object>)
            launchConfig.computeIfAbsent("labels", k -> new LinkedHashMap<String, Object>());
    labels.put(key, value);
    return this;
  }

  Desired ports(String... ports) {
    launchConfig.put("ports", List.of(ports));
    return this;
  }

  Desired sidekick(String sidekick, String image) {
    sidekicks.put(
        sidekick,
        new LinkedHashMap<>(Map.of("imageUuid", "docker:" + image, "networkMode", "managed")));
    return this;
  }

  Desired link(String target) {
    links.add(ServiceLink.internal(target, target));
    return this;
  }

  Desired scale(int scale) {
    this.scale = scale;
    return this;
  }

  Desired startFirst() {
    policy = new UpgradePolicy(Optional.empty(), Optional.empty(), Optional.of(true));
    return this;
  }

  DesiredService build() {
    Map<String, String> sk = new TreeMap<>();
    sidekicks.forEach((k, v) -> sk.put(k, sha(new TreeMap<>(v).toString())));
    ConfigHashes hashes =
        ConfigHashes.of(
            sha(new TreeMap<>(fields).toString()), sha(new TreeMap<>(launchConfig).toString()), sk);
    return new DesiredService(
        name, kind, launchConfig, sidekicks, fields, scale, policy, links, Set.of(), hashes);
  }

  static List<DesiredService> all(Desired... services) {
    return java.util.Arrays.stream(services).map(Desired::build).toList();
  }

  private static String sha(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
