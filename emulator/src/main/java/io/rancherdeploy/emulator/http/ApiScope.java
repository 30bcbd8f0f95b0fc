package io.rancherdeploy.emulator.http;

import io.rancherdeploy.emulator.model.ApiVersion;
import java.util.Optional;

/**
 * Where an API request is addressed: the version, the project named in the path (if any), the
 * absolute base URL that links must start with, and the path below that base.
 *
 * <p>As Cattle's {@code ApiRequestParser}: {@code /v2-beta/projects/1a5} alone is the project
 * resource; only a longer path is scoped to the project.
 */
public record ApiScope(ApiVersion version, Optional<String> pathProject, String base, String rest) {

  public static Optional<ApiScope> parse(String origin, String path) {
    String[] segments = RouteTable.split(path);
    if (segments.length == 0) {
      return Optional.empty();
    }
    Optional<ApiVersion> version = ApiVersion.fromPath(segments[0]);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    String base = origin + "/" + version.get().path();
    if (segments.length > 3 && segments[1].equalsIgnoreCase("projects")) {
      return Optional.of(
          new ApiScope(
              version.get(),
              Optional.of(segments[2]),
              base + "/projects/" + segments[2],
              join(segments, 3)));
    }
    return Optional.of(new ApiScope(version.get(), Optional.empty(), base, join(segments, 1)));
  }

  private static String join(String[] segments, int from) {
    StringBuilder rest = new StringBuilder();
    for (int i = from; i < segments.length; i++) {
      rest.append('/').append(segments[i]);
    }
    return rest.toString();
  }
}
