package io.rancherdeploy.emulator.logs;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The answer of a {@code logs} action: where to dial the websocket, and the token to add. */
public record HostAccess(String url, String token) {

  public HostAccess {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(token, "token");
  }

  /**
   * The log websocket URL for a request that reached the emulator at {@code base}: its scheme
   * turned into ws/wss, its authority, and {@code /v1/logs/}, which Cattle uses on every API
   * version.
   */
  public static String logsUrl(URI base) {
    String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
    return scheme + "://" + base.getRawAuthority() + ContainerLogs.PATH;
  }

  /** The resource as Cattle renders it: {@code {"id":null,"type":"hostAccess",...}}. */
  public Map<String, Object> toResource() {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("id", null);
    resource.put("type", "hostAccess");
    resource.put("links", Map.of());
    resource.put("actions", Map.of());
    resource.put("url", url);
    resource.put("token", token);
    return resource;
  }
}
