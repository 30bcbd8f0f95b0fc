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
 * Interpolates every scalar value of a parsed file (keys stay as written, as in docker-compose). Missing
 * variables are gathered across all files and reported once, together, by {@link #reportMissing}.
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

  YamlNode interpolate(YamlNode node, String path) {
    if (node instanceof YamlMap map) {
      List<YamlMap.Entry> entries = new ArrayList<>(map.entries().size());
      for (YamlMap.Entry entry : map.entries()) {
        String at = path.isEmpty() ? entry.name() : path + "." + entry.name();
        entries.add(new YamlMap.Entry(entry.key(), interpolate(entry.value(), at)));
      }
      return new YamlMap(entries, map.location());
    }
    if (node instanceof YamlSeq seq) {
      List<YamlNode> items = new ArrayList<>(seq.items().size());
      for (int i = 0; i < seq.items().size(); i++) {
        items.add(interpolate(seq.items().get(i), path + "[" + i + "]"));
      }
      return new YamlSeq(items, seq.location());
    }
    YamlScalar scalar = (YamlScalar) node;
    if (scalar.kind() != YamlScalar.Kind.STRING || !Interpolator.needsWork(scalar.value())) {
      return scalar;
    }
    String text = interpolator.interpolate(scalar.value(), issue -> report(issue, scalar, path));
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
      case REQUIRED -> diagnostics.error(scalar.location(), path, "the variable `" + issue.name()
          + "` is required" + (issue.detail().isEmpty() ? "" : ": " + issue.detail()), "",
          "set " + issue.name() + " in the build's variables or an env file");
      case SYNTAX -> diagnostics.error(scalar.location(), path, "invalid interpolation format in `"
          + issue.detail() + "`", "$VAR, ${VAR}, ${VAR:-default}, ${VAR:?message}",
          "write $$ for a literal $");
    }
  }

  /** One problem naming every unset variable and where each is used, or warnings when unset means empty. */
  void reportMissing(String firstFile) {
    if (missing.isEmpty()) {
      return;
    }
    if (unsetAsEmpty) {
      missing.forEach((name, where) -> diagnostics.warn(where.get(0), "", "the variable `" + name
          + "` is not set; it became an empty string"));
      return;
    }
    String list = missing.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue().stream().map(l -> l.file() + ":" + l.line()).distinct()
            .collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining(", "));
    Location first = missing.values().iterator().next().get(0);
    diagnostics.errorAlways(first.file().isEmpty() ? Location.ofFile(firstFile) : first, "",
        missing.size() + (missing.size() == 1 ? " variable is" : " variables are") + " not set: " + list,
        "a value for each, or a default such as ${VAR:-default}",
        "pass them as build variables or in an env file, or allow unset variables to become empty");
  }
}
