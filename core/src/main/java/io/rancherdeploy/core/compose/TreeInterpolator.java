package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.variables.Interpolator;
import io.rancherdeploy.core.compose.yaml.Diagnostics;
import io.rancherdeploy.core.compose.yaml.Location;
import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlScalar;
import io.rancherdeploy.core.compose.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Interpolates every scalar value of a parsed file (keys stay as written, as in docker-compose).
 * Missing variables are gathered across all files and reported once, together, by {@link
 * #reportMissing}.
 */
final class TreeInterpolator {
  private final Interpolator interpolator;
  private final Diagnostics diagnostics;
  private final Map<String, List<Location>> missing = new LinkedHashMap<>();

  private final boolean unsetAsEmpty;

  TreeInterpolator(Interpolator interpolator, Diagnostics diagnostics, boolean unsetAsEmpty) {
    this.interpolator = interpolator;
    this.diagnostics = diagnostics;
    this.unsetAsEmpty = unsetAsEmpty;
  }

  /** The node with every scalar value interpolated; unchanged subtrees are returned as they are. */
  YamlNode interpolate(YamlNode node, String path) {
    return interpolate(node, new PathStep(null, path, -1));
  }

  /** A field path built only when a problem needs it (most values hold no variable). */
  private record PathStep(PathStep parent, String name, int index) {
    String render() {
      String prefix = parent == null ? "" : parent.render();
      if (index >= 0) {
        return prefix + "[" + index + "]";
      }
      return prefix.isEmpty() ? name : name.isEmpty() ? prefix : prefix + "." + name;
    }
  }

  private YamlNode interpolate(YamlNode node, PathStep path) {
    if (node instanceof YamlMap map) {
      List<YamlMap.Entry> entries = null;
      for (int i = 0; i < map.entries().size(); i++) {
        YamlMap.Entry entry = map.entries().get(i);
        YamlNode value = interpolate(entry.value(), new PathStep(path, entry.name(), -1));
        if (value != entry.value() && entries == null) {
          entries = new ArrayList<>(map.entries().subList(0, i));
        }
        if (entries != null) {
          entries.add(new YamlMap.Entry(entry.key(), value));
        }
      }
      return entries == null ? map : new YamlMap(entries, map.location());
    }
    if (node instanceof YamlSeq seq) {
      List<YamlNode> items = null;
      for (int i = 0; i < seq.items().size(); i++) {
        YamlNode item = seq.items().get(i);
        YamlNode value = interpolate(item, new PathStep(path, "", i));
        if (value != item && items == null) {
          items = new ArrayList<>(seq.items().subList(0, i));
        }
        if (items != null) {
          items.add(value);
        }
      }
      return items == null ? seq : new YamlSeq(items, seq.location());
    }
    YamlScalar scalar = (YamlScalar) node;
    if (scalar.kind() != YamlScalar.Kind.STRING || !Interpolator.needsWork(scalar.value())) {
      return scalar;
    }
    String text =
        interpolator.interpolate(scalar.value(), issue -> report(issue, scalar, path.render()));
    return scalar.withText(text);
  }

  private void report(Interpolator.Issue issue, YamlScalar scalar, String path) {
    switch (issue.kind()) {
      case MISSING -> {
        missing.computeIfAbsent(issue.name(), k -> new ArrayList<>()).add(scalar.location());
        if (!unsetAsEmpty) {
          diagnostics.quietAt(scalar.location());
        }
      }
      case REQUIRED ->
          diagnostics.error(
              scalar.location(),
              path,
              "the variable `"
                  + issue.name()
                  + "` is required"
                  + (issue.detail().isEmpty() ? "" : ": " + issue.detail()),
              "",
              "set " + issue.name() + " in the build's variables or an env file");
      case SYNTAX ->
          diagnostics.error(
              scalar.location(),
              path,
              "invalid interpolation format in `" + issue.detail() + "`",
              "$VAR, ${VAR}, ${VAR:-default}, ${VAR:?message}",
              "write $$ for a literal $");
    }
  }

  /**
   * One problem naming every unset variable and where each is used, or warnings when unset means
   * empty.
   */
  void reportMissing(String firstFile) {
    if (missing.isEmpty()) {
      return;
    }
    if (unsetAsEmpty) {
      missing.forEach(
          (name, where) ->
              diagnostics.warn(
                  where.get(0),
                  "",
                  "the variable `" + name + "` is not set; it became an empty string"));
      return;
    }
    String list =
        missing.entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + " ("
                        + e.getValue().stream()
                            .map(l -> l.file() + ":" + l.line())
                            .distinct()
                            .collect(Collectors.joining(", "))
                        + ")")
            .collect(Collectors.joining(", "));
    Location first = missing.values().iterator().next().get(0);
    diagnostics.errorAlways(
        first.file().isEmpty() ? Location.ofFile(firstFile) : first,
        "",
        missing.size()
            + (missing.size() == 1 ? " variable is" : " variables are")
            + " not set: "
            + list,
        "a value for each, or a default such as ${VAR:-default}",
        "pass them as build variables or in an env file, or allow unset variables to become empty");
  }
}
