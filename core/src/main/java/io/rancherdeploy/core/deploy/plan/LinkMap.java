package io.rancherdeploy.core.deploy.plan;

import java.util.Map;
import java.util.TreeMap;

/** A service's links as alias to target, the target written {@code stack/service} when external. */
final class LinkMap {
  private LinkMap() {}

  static Map<String, String> of(DesiredService service) {
    Map<String, String> links = new TreeMap<>();
    for (ServiceLink link : service.links()) {
      links.put(link.alias(), link.stack().map(s -> s + "/" + link.target()).orElse(link.target()));
    }
    return Map.copyOf(links);
  }
}
