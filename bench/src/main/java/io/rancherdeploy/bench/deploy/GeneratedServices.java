package io.rancherdeploy.bench.deploy;

import io.rancherdeploy.core.deploy.plan.ConfigHashes;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.ServiceKind;
import io.rancherdeploy.core.deploy.plan.ServiceLink;
import io.rancherdeploy.core.deploy.plan.UpgradePolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generated stacks for the engine benchmarks: chains of services, each linking to the one before.
 */
final class GeneratedServices {
  private GeneratedServices() {}

  /** {@code chains} chains of {@code depth} services; image tag {@code tag}. */
  static List<DesiredService> chains(int chains, int depth, String tag) {
    List<DesiredService> services = new ArrayList<>();
    for (int c = 0; c < chains; c++) {
      for (int d = 0; d < depth; d++) {
        String name = "c" + c + "-s" + d;
        List<ServiceLink> links =
            d == 0 ? List.of() : List.of(ServiceLink.internal("c" + c + "-s" + (d - 1), "up"));
        services.add(service(name, "bench/" + name + ":" + tag, links));
      }
    }
    return services;
  }

  static DesiredService service(String name, String image, List<ServiceLink> links) {
    Map<String, Object> launchConfig =
        Map.of("imageUuid", "docker:" + image, "networkMode", "managed");
    ConfigHashes hashes = ConfigHashes.of(sha("fields"), sha(image), Map.of());
    return new DesiredService(
        name,
        ServiceKind.SERVICE,
        launchConfig,
        Map.of(),
        Map.of(),
        1,
        UpgradePolicy.NONE,
        links,
        Set.of(),
        hashes);
  }

  static String sha(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
