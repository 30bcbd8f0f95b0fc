package io.rancherdeploy.core.deploy.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the caller's image overrides ({@code images: [web: repo/web:42]}) to the launch configs.
 * The launch config hash is derived from the file's hash and the override, so it stays stable
 * across runs and changes exactly when the override does.
 */
final class ImageOverrides {
  private ImageOverrides() {}

  static List<DesiredService> apply(List<DesiredService> services, Map<String, String> images) {
    return services.stream()
        .map(s -> images.containsKey(s.name()) ? apply(s, images.get(s.name())) : s)
        .toList();
  }

  private static DesiredService apply(DesiredService s, String image) {
    Map<String, Object> launchConfig = new LinkedHashMap<>(s.launchConfig());
    String uuid = image.startsWith("docker:") ? image : "docker:" + image;
    launchConfig.put("imageUuid", uuid);
    ConfigHashes hashes =
        new ConfigHashes(
            s.hashes().service(),
            Optional.of(sha256(s.hashes().launchConfig().orElseThrow() + "\0imageUuid\0" + uuid)),
            s.hashes().sidekicks());
    return new DesiredService(
        s.name(),
        s.kind(),
        launchConfig,
        s.sidekicks(),
        s.serviceFields(),
        s.scale(),
        s.policy(),
        s.links(),
        s.dependencies(),
        hashes,
        s.sources());
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
