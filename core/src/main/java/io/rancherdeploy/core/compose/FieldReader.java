package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlScalar;
import io.rancherdeploy.core.compose.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads one service key into its normalized value, according to its {@link FieldKind}. */
final class FieldReader {
  private final Values values;
  private final PortParser ports;
  private final MountParser mounts;
  private final KeyValueReader keyValues;

  FieldReader(Values values, Function<String, Optional<String>> environment) {
    this.values = values;
    this.ports = new PortParser(values);
    this.mounts = new MountParser(values);
    this.keyValues = new KeyValueReader(values, environment);
  }

  Optional<Object> read(String key, FieldKind kind, YamlNode node, String path) {
    return switch (kind) {
      case STRING -> values.text(node, path).map(v -> v);
      case BOOL -> values.bool(node, path).map(v -> v);
      case INT -> values.integer(node, path).map(v -> v);
      case BYTES -> values.bytes(node, path).map(v -> v);
      case DURATION -> values.duration(node, path).map(v -> v);
      case COMMAND -> command(node, path).map(v -> v);
      case STRING_LIST -> values.textOrList(node, path).map(v -> v);
      case UNIQUE_LIST -> values.list(node, path).map(v -> List.copyOf(new LinkedHashSet<>(v)));
      case KEY_VALUES -> keyValues.read(key, node, path).map(v -> v);
      case HOSTS -> keyValues.hosts(node, path).map(v -> v);
      case PORTS -> items(node, path, ports::parse).map(v -> v);
      case VOLUMES -> items(node, path, (n, p) -> mounts.volume(n, p).map(List::of)).map(v -> v);
      case DEVICES -> items(node, path, (n, p) -> mounts.device(n, p).map(List::of)).map(v -> v);
      case LINKS, EXTERNAL_LINKS ->
          items(node, path, (n, p) -> link(kind, n, p).map(List::of)).map(v -> v);
      case LOGGING -> logging(node, path).map(v -> v);
      case ULIMITS -> keyValues.ulimits(node, path).map(v -> v);
      case NAMES -> names(node, path).map(v -> v);
      case HEALTHCHECK -> HealthcheckReader.read(values, node, path).map(v -> v);
      case IGNORED, UNSUPPORTED -> Optional.of(PlainData.of(node));
    };
  }

  private interface ItemParser<T> {
    Optional<List<T>> parse(YamlNode node, String path);
  }

  private <T> Optional<List<T>> items(YamlNode node, String path, ItemParser<T> parser) {
    if (!(node instanceof YamlSeq seq)) {
      values.diagnostics().wrongType(node, path, "a list");
      return Optional.empty();
    }
    int before = values.diagnostics().errorCount();
    List<T> all = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      parser.parse(seq.items().get(i), path + "[" + i + "]").ifPresent(all::addAll);
    }
    return values.diagnostics().errorCount() > before ? Optional.empty() : Optional.of(all);
  }

  private Optional<List<String>> command(YamlNode node, String path) {
    if (node instanceof YamlSeq) {
      return values.list(node, path);
    }
    return values
        .text(node, path)
        .flatMap(
            text -> {
              Optional<List<String>> words = ShellWords.split(text);
              if (words.isEmpty()) {
                values
                    .diagnostics()
                    .error(
                        node.location(),
                        path,
                        "a quote is not closed in `" + text + "`",
                        "a command with balanced quotes, or a list",
                        "");
              }
              return words;
            });
  }

  private Optional<LinkRef> link(FieldKind kind, YamlNode node, String path) {
    return values
        .text(node, path)
        .flatMap(
            text -> {
              String[] parts = text.strip().split(":", -1);
              String target = parts[0];
              String alias = parts.length > 1 ? parts[1] : "";
              boolean external = kind == FieldKind.EXTERNAL_LINKS;
              boolean validTarget =
                  external ? target.matches("[^/\\s]+/[^/\\s]+") : target.matches("[^/\\s:]+");
              if (parts.length > 2 || !validTarget || (parts.length == 2 && alias.isBlank())) {
                values
                    .diagnostics()
                    .error(
                        node.location(),
                        path,
                        "`" + text + "` is not a valid " + (external ? "external link" : "link"),
                        external ? "stack/service[:alias]" : "service[:alias]",
                        external ? "name the other stack: other-stack/" + target : "");
                return Optional.empty();
              }
              return Optional.of(new LinkRef(target, alias));
            });
  }

  private Optional<LogSettings> logging(YamlNode node, String path) {
    Optional<YamlMap> map = values.map(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    String driver = "";
    Map<String, String> options = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.get().entries()) {
      String at = path + "." + entry.name();
      switch (entry.name()) {
        case "driver" -> driver = values.text(entry.value(), at).orElse("");
        case "options" -> keyValues.read("options", entry.value(), at).ifPresent(options::putAll);
        default ->
            values
                .diagnostics()
                .error(
                    entry.key().location(),
                    at,
                    "unknown logging key `" + entry.name() + "`",
                    "driver, options",
                    Suggestions.didYouMean(entry.name(), List.of("driver", "options")));
      }
    }
    return Optional.of(new LogSettings(driver, options));
  }

  private Optional<List<String>> names(YamlNode node, String path) {
    if (node instanceof YamlMap map) {
      return Optional.of(map.entries().stream().map(YamlMap.Entry::name).toList());
    }
    if (node instanceof YamlScalar s && s.isNull()) {
      return Optional.of(List.of());
    }
    return values.list(node, path);
  }
}
