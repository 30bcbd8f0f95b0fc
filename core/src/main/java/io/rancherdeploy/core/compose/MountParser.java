package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Volumes in short ({@code [source:]target[:mode]}) or long syntax, and devices {@code
 * src[:dst[:perm]]}.
 */
final class MountParser {
  private static final Pattern MODE =
      Pattern.compile(
          "(ro|rw|z|Z|nocopy|shared|rshared|slave|rslave|private"
              + "|rprivate|cached|delegated|consistent)(,(ro|rw|z|Z|nocopy|shared|rshared|slave|rslave|private|rprivate"
              + "|cached|delegated|consistent))*");
  private static final Pattern DEVICE_MODE = Pattern.compile("[rwm]{1,3}");
  private static final Set<String> LONG_KEYS =
      Set.of("type", "source", "target", "read_only", "volume", "bind", "tmpfs", "consistency");

  private final Values values;

  MountParser(Values values) {
    this.values = values;
  }

  Optional<Mount> volume(YamlNode node, String path) {
    if (node instanceof YamlMap map) {
      return longVolume(map, path);
    }
    return values.text(node, path).flatMap(text -> shortVolume(text, node, path));
  }

  private Optional<Mount> shortVolume(String text, YamlNode node, String path) {
    String[] parts = text.strip().split(":", -1);
    Mount mount =
        switch (parts.length) {
          case 1 -> new Mount("", parts[0], "");
          case 2 ->
              MODE.matcher(parts[1]).matches() && !parts[1].startsWith("/")
                  ? new Mount("", parts[0], parts[1])
                  : new Mount(parts[0], parts[1], "");
          case 3 -> new Mount(parts[0], parts[1], parts[2]);
          default -> null;
        };
    if (mount == null
        || !mount.target().startsWith("/")
        || (!mount.mode().isEmpty() && !MODE.matcher(mount.mode()).matches())
        || (parts.length > 1 && parts[0].isEmpty())) {
      values
          .diagnostics()
          .error(
              node.location(),
              path,
              "`" + text + "` is not a valid volume",
              "[source:]/container/path[:ro|rw]",
              "");
      return Optional.empty();
    }
    return Optional.of(mount);
  }

  private Optional<Mount> longVolume(YamlMap map, String path) {
    for (YamlMap.Entry entry : map.entries()) {
      if (!LONG_KEYS.contains(entry.name())) {
        values
            .diagnostics()
            .error(
                entry.key().location(),
                path + "." + entry.name(),
                "unknown volume key `" + entry.name() + "`",
                "type, source, target, read_only",
                Suggestions.didYouMean(entry.name(), LONG_KEYS));
        return Optional.empty();
      }
    }
    Optional<String> target = map.get("target").flatMap(t -> values.text(t, path + ".target"));
    if (target.isEmpty() || !target.get().startsWith("/")) {
      values
          .diagnostics()
          .error(
              map.location(),
              path,
              "a long-syntax volume needs an absolute `target`",
              "target: /container/path",
              "");
      return Optional.empty();
    }
    String source = map.get("source").flatMap(s -> values.text(s, path + ".source")).orElse("");
    boolean readOnly =
        map.get("read_only").flatMap(r -> values.bool(r, path + ".read_only")).orElse(false);
    return Optional.of(new Mount(source, target.get(), readOnly ? "ro" : ""));
  }

  Optional<Mount> device(YamlNode node, String path) {
    return values
        .text(node, path)
        .flatMap(
            text -> {
              String[] parts = text.strip().split(":", -1);
              String source = parts[0];
              String target = parts.length > 1 ? parts[1] : source;
              String mode = parts.length > 2 ? parts[2] : "rwm";
              if (parts.length > 1
                  && parts.length == 2
                  && DEVICE_MODE.matcher(parts[1]).matches()) {
                target = source;
                mode = parts[1];
              }
              if (parts.length > 3
                  || !source.startsWith("/")
                  || !target.startsWith("/")
                  || !DEVICE_MODE.matcher(mode).matches()) {
                values
                    .diagnostics()
                    .error(
                        node.location(),
                        path,
                        "`" + text + "` is not a valid device",
                        "/dev/host[:/dev/container[:rwm]]",
                        "");
                return Optional.empty();
              }
              return Optional.of(new Mount(source, target, mode));
            });
  }
}
