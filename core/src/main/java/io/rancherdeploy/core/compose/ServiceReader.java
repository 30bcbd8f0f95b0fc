package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import java.util.Optional;

/**
 * Reads one service mapping key by key into a {@link ServiceDef}, reporting unknown and misplaced
 * keys.
 */
final class ServiceReader {
  private final Values values;
  private final FieldReader fields;

  ServiceReader(Values values, FieldReader fields) {
    this.values = values;
    this.fields = fields;
  }

  Optional<ServiceDef> read(YamlMap.Entry service, String path, ComposeFormat format) {
    Optional<YamlMap> map = values.map(service.value(), path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    ServiceDef def = new ServiceDef(service.name(), service.key().location(), path);
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      Optional<ServiceKeys.Key> key = ServiceKeys.find(entry.name());
      if (key.isEmpty()) {
        values
            .diagnostics()
            .error(
                entry.key().location(),
                at,
                "unknown key `" + entry.name() + "`",
                "a docker-compose service key",
                unknownKeyFix(entry.name()));
        continue;
      }
      if (!allowed(key.get(), format, entry, at)) {
        continue;
      }
      readKey(def, key.get(), entry.value(), at);
    }
    return Optional.of(def);
  }

  private void readKey(ServiceDef def, ServiceKeys.Key key, YamlNode node, String at) {
    if (key.kind() == FieldKind.UNSUPPORTED) {
      values
          .diagnostics()
          .error(node.location(), at, "`" + key.name() + "` is not supported", "", key.note());
      return;
    }
    if (key.kind() == FieldKind.IGNORED || !key.note().isEmpty()) {
      values
          .diagnostics()
          .warn(node.location(), at, "Rancher ignores `" + key.name() + "`: " + key.note());
    }
    if (PortParser.isSexagesimal(node)) {
      values
          .diagnostics()
          .warn(
              node.location(),
              at,
              "an unquoted port mapping is a base-60 number in YAML 1.1",
              "quote it");
    }
    fields
        .read(key.name(), key.kind(), node, at)
        .ifPresent(value -> def.put(key.name(), new Field(value, node.location(), at)));
  }

  private boolean allowed(
      ServiceKeys.Key key, ComposeFormat format, YamlMap.Entry entry, String at) {
    boolean ok = format == ComposeFormat.V1 ? key.v1() : key.v2();
    if (ok) {
      return true;
    }
    String fix =
        key.otherFormatName().isEmpty()
            ? (format == ComposeFormat.V1
                ? "add version: '2' at the top of the file and move services under " + "`services:`"
                : "remove it")
            : "write `" + key.otherFormatName() + "` in this format";
    values
        .diagnostics()
        .error(
            entry.key().location(),
            at,
            "`"
                + key.name()
                + "` is not allowed in a "
                + (format == ComposeFormat.V1 ? "v1" : "v2")
                + " compose file",
            "",
            fix);
    return false;
  }

  private static String unknownKeyFix(String name) {
    String suggestion = Suggestions.didYouMean(name, ServiceKeys.names());
    if (!suggestion.isEmpty()) {
      return suggestion;
    }
    if (RancherKeys.isRancherKey(name)) {
      return "`" + name + "` belongs in rancher-compose.yml";
    }
    return "";
  }
}
