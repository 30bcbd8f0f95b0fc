package io.rancherdeploy.emulator.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** The settings clients read ({@code settings/<name>}); ids are the names. */
public final class Settings {

  public static final Map<String, String> DEFAULTS = defaults();

  private Settings() {}

  private static Map<String, String> defaults() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("rancher.compose.version", "v0.12.5");
    values.put("rancher.server.version", "v1.6.30");
    values.put("rancher.cli.version", "v0.6.14");
    values.put("lb.instance.image", "rancher/lb-service-haproxy:v0.9.14");
    values.put("host.logs.path", "/v1/logs/");
    values.put("api.sub.ping.interval.millis", "5000");
    values.put("resource.monitor.default.wait.millis", "45000");
    return values;
  }

  public static void seed(Store store) {
    DEFAULTS.forEach(
        (name, value) ->
            store.create(
                ResourceType.SETTING,
                "1a1",
                s -> {
                  s.put("id", name);
                  s.put("name", name);
                  s.put("value", value);
                  s.put("activeValue", value);
                  s.put("source", "Default");
                  s.put("inDb", false);
                  s.put("kind", "setting");
                  Resources.settle(s, "active");
                }));
  }
}
