package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code lb_config} of rancher-compose.yml into Rancher's {@code lbConfig} spelling. Port rules
 * name their target by compose name ({@code service}), which the engine resolves to a {@code
 * serviceId}; certificates are kept by name ({@code certificateNames}, {@code
 * defaultCertificateName}) for the same reason.
 */
final class LbConfigReader {
  private static final Set<String> TEXT_KEYS =
      Set.of("service", "protocol", "hostname", "path", "backend_name", "selector");
  private static final Set<String> STICKINESS_KEYS =
      Set.of("name", "cookie", "domain", "indirect", "nocache", "postonly", "mode");

  private final Values values;
  private final RancherServiceReader reader;

  LbConfigReader(Values values, RancherServiceReader reader) {
    this.values = values;
    this.reader = reader;
  }

  Optional<Map<String, Object>> read(YamlNode node, String path) {
    Optional<YamlMap> map = values.map(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      switch (entry.name()) {
        case "port_rules" ->
            portRules(entry.value(), at).ifPresent(v -> result.put("portRules", v));
        case "certs" ->
            reader.texts(entry.value(), at).ifPresent(v -> result.put("certificateNames", v));
        case "default_cert" ->
            values.text(entry.value(), at).ifPresent(v -> result.put("defaultCertificateName", v));
        case "stickiness_policy" ->
            stickiness(entry.value(), at).ifPresent(v -> result.put("stickinessPolicy", v));
        case "config" -> values.text(entry.value(), at).ifPresent(v -> result.put("config", v));
        default -> values.ignoredKey(entry, at, RancherKeys.LB_CONFIG_KEYS);
      }
    }
    return Optional.of(result);
  }

  private Optional<List<Map<String, Object>>> portRules(YamlNode node, String path) {
    if (!(node instanceof YamlSeq seq)) {
      values.diagnostics().wrongType(node, path, "a list of port rules");
      return Optional.empty();
    }
    List<Map<String, Object>> rules = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      reader
          .camelMap(seq.items().get(i), path + "[" + i + "]", RancherKeys.PORT_RULE_KEYS, TEXT_KEYS)
          .ifPresent(rules::add);
    }
    return Optional.of(rules);
  }

  private Optional<Map<String, Object>> stickiness(YamlNode node, String path) {
    Optional<YamlMap> map = values.map(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      if (!STICKINESS_KEYS.contains(entry.name())) {
        values.ignoredKey(entry, at, STICKINESS_KEYS);
      } else if (entry.name().equals("indirect")
          || entry.name().equals("nocache")
          || entry.name().equals("postonly")) {
        values.bool(entry.value(), at).ifPresent(v -> result.put(entry.name(), v));
      } else {
        values.text(entry.value(), at).ifPresent(v -> result.put(entry.name(), v));
      }
    }
    return Optional.of(result);
  }
}
