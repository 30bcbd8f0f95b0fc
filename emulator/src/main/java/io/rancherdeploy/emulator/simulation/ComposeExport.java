package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The stack's {@code exportconfig} output: a compose pair rebuilt from the services,
 * deterministically.
 */
final class ComposeExport {

  private ComposeExport() {}

  static ObjectNode of(ObjectNode stack, Store store) {
    Map<String, Object> docker = new LinkedHashMap<>();
    Map<String, Object> rancher = new LinkedHashMap<>();
    docker.put("version", "2");
    rancher.put("version", "2");
    Map<String, Object> dockerServices = new LinkedHashMap<>();
    Map<String, Object> rancherServices = new LinkedHashMap<>();
    List<ObjectNode> services =
        store.list(
            s ->
                Resources.isService(s)
                    && !Resources.isRemoved(s)
                    && s.path("stackId").asText().equals(Resources.id(stack)));
    for (ObjectNode service : services) {
      JsonNode lc = service.path("launchConfig");
      Map<String, Object> entry = new LinkedHashMap<>();
      String image = lc.path("imageUuid").asText("");
      entry.put("image", image.startsWith("docker:") ? image.substring(7) : image);
      putIfPresent(entry, "environment", lc.path("environment"));
      putIfPresent(entry, "labels", lc.path("labels"));
      putIfPresent(entry, "ports", lc.path("ports"));
      putIfPresent(entry, "command", lc.path("command"));
      dockerServices.put(Resources.name(service), entry);
      rancherServices.put(Resources.name(service), Map.of("scale", service.path("scale").asInt(1)));
    }
    docker.put("services", dockerServices);
    rancher.put("services", rancherServices);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    Yaml yaml = new Yaml(options);
    ObjectNode out = Store.JSON.createObjectNode();
    out.put("type", "composeConfig");
    out.put("dockerComposeConfig", yaml.dump(docker));
    out.put("rancherComposeConfig", yaml.dump(rancher));
    return out;
  }

  private static void putIfPresent(Map<String, Object> entry, String key, JsonNode value) {
    if ((value.isObject() || value.isArray()) && !value.isEmpty()) {
      entry.put(key, Store.JSON.convertValue(value, Object.class));
    }
  }
}
