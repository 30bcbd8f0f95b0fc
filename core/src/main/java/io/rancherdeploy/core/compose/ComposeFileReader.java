package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The top level of a docker-compose file: v1 (services at the top) or v2 ({@code version}, {@code
 * services}, {@code volumes}, {@code networks}); Compose v3 is refused because Rancher 1.6 cannot
 * read it.
 */
final class ComposeFileReader {
  /** Rancher's service name rule: a DNS label. */
  static final Pattern SERVICE_NAME =
      Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

  private static final Set<String> V2_KEYS = Set.of("version", "services", "volumes", "networks");

  private final Values values;
  private final ServiceReader services;

  ComposeFileReader(Values values, ServiceReader services) {
    this.values = values;
    this.services = services;
  }

  Optional<ComposeFile> read(String file, YamlNode root) {
    if (!(root instanceof YamlMap map)) {
      values.diagnostics().wrongType(root, "", "a mapping of services at the top of the file");
      return Optional.empty();
    }
    Optional<YamlMap.Entry> version = map.entry("version");
    if (version.isEmpty()) {
      return Optional.of(readV1(file, map));
    }
    String text = version.get().value() instanceof YamlScalar s ? s.value() : "";
    if (!text.equals("2") && !text.equals("2.0") && !text.equals("2.1")) {
      values
          .diagnostics()
          .error(
              version.get().value().location(),
              "version",
              "Rancher 1.6 cannot read compose" + " format version `" + text + "`",
              "'2' or '2.1', or no version (v1)",
              text.startsWith("3") ? "write version: '2' (Rancher 1.6 reads v1 and v2 only)" : "");
      return Optional.empty();
    }
    return Optional.of(readV2(file, map));
  }

  private ComposeFile readV1(String file, YamlMap root) {
    List<ServiceDef> defs = new ArrayList<>();
    for (YamlMap.Entry entry : root.entries()) {
      if (entry.name().equals("services") && entry.value() instanceof YamlMap) {
        values
            .diagnostics()
            .error(
                entry.key().location(),
                "services",
                "`services` without `version` is read" + " as a v1 service named \"services\"",
                "version: '2' with services, or v1 services at the top",
                "add version: '2' at the top of the file");
        continue;
      }
      readService(entry, entry.name(), ComposeFormat.V1).ifPresent(defs::add);
    }
    return new ComposeFile(file, ComposeFormat.V1, defs, Map.of(), Map.of());
  }

  private ComposeFile readV2(String file, YamlMap root) {
    List<ServiceDef> defs = new ArrayList<>();
    Map<String, Object> volumes = new LinkedHashMap<>();
    Map<String, Object> networks = new LinkedHashMap<>();
    for (YamlMap.Entry entry : root.entries()) {
      switch (entry.name()) {
        case "version" -> {}
        case "services" ->
            values
                .map(entry.value(), "services")
                .ifPresent(
                    services ->
                        services
                            .entries()
                            .forEach(
                                s ->
                                    readService(s, "services." + s.name(), ComposeFormat.V2)
                                        .ifPresent(defs::add)));
        case "volumes" -> declarations(entry.value(), "volumes", volumes);
        case "networks" -> declarations(entry.value(), "networks", networks);
        default -> {
          if (!entry.name().startsWith("x-")) {
            values
                .diagnostics()
                .error(
                    entry.key().location(),
                    entry.name(),
                    "unknown top-level key `" + entry.name() + "`",
                    "version, services, volumes, networks",
                    Suggestions.didYouMean(entry.name(), V2_KEYS).isEmpty()
                        ? "move services under `services:`"
                        : Suggestions.didYouMean(entry.name(), V2_KEYS));
          }
        }
      }
    }
    return new ComposeFile(file, ComposeFormat.V2, defs, volumes, networks);
  }

  private Optional<ServiceDef> readService(YamlMap.Entry entry, String path, ComposeFormat format) {
    if (!SERVICE_NAME.matcher(entry.name()).matches()) {
      values
          .diagnostics()
          .error(
              entry.key().location(),
              path,
              "`" + entry.name() + "` is not a valid Rancher" + " service name",
              "letters, digits and '-', at most 63, not starting or ending with '-'",
              "rename it to `" + entry.name().replaceAll("[^a-zA-Z0-9-]", "-") + "`");
    }
    return services.read(entry, path, format);
  }

  private void declarations(YamlNode node, String path, Map<String, Object> into) {
    if (node instanceof YamlScalar s && s.isNull()) {
      return;
    }
    values
        .map(node, path)
        .ifPresent(map -> map.entries().forEach(e -> into.put(e.name(), PlainData.of(e.value()))));
  }
}
