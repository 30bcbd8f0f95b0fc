package io.rancherdeploy.core.deploy.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the planner needs to know of a service as Rancher has it: its id, state, stored hashes,
 * launch configs (to list the fields that differ) and links (alias to target service name).
 */
public record RemoteService(
    String id,
    String name,
    ServiceKind kind,
    ServiceState state,
    int scale,
    ConfigHashes hashes,
    Map<String, Object> launchConfig,
    Map<String, Map<String, Object>> sidekicks,
    Map<String, Object> serviceFields,
    Map<String, String> links) {

  public RemoteService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(hashes, "hashes");
    launchConfig = Collections.unmodifiableMap(new LinkedHashMap<>(launchConfig));
    sidekicks = Collections.unmodifiableMap(new LinkedHashMap<>(sidekicks));
    serviceFields = Collections.unmodifiableMap(new LinkedHashMap<>(serviceFields));
    links = Map.copyOf(links);
  }

  public String image() {
    return imageOf(launchConfig);
  }

  /** {@code imageUuid} without Rancher's {@code docker:} prefix; empty when there is none. */
  static String imageOf(Map<String, Object> launchConfig) {
    Object uuid = launchConfig.get("imageUuid");
    String image = uuid == null ? "" : uuid.toString();
    return image.startsWith("docker:") ? image.substring("docker:".length()) : image;
  }

  public Optional<String> imageIfAny() {
    String image = image();
    return image.isEmpty() ? Optional.empty() : Optional.of(image);
  }
}
