package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.UsedVariable.Source;
import java.util.Comparator;
import java.util.List;

/**
 * Takes the values of the variables out of problem texts before they leave the loader: a message
 * such as "found `s3cr3t`" must not show a password that was interpolated into the wrong field.
 * Values shorter than four characters stay, as masking them would garble every message and they are
 * no secrets worth the name.
 */
final class SecretScrubber {
  private static final int SHORTEST = 4;
  private final List<String> values;

  SecretScrubber(List<UsedVariable> variables) {
    this.values =
        variables.stream()
            .filter(v -> v.source() != Source.UNSET)
            .map(v -> v.value().reveal())
            .filter(v -> v.length() >= SHORTEST)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  List<ComposeProblem> scrub(List<ComposeProblem> problems) {
    if (values.isEmpty()) {
      return problems;
    }
    return problems.stream()
        .map(
            p ->
                new ComposeProblem(
                    p.file(),
                    p.line(),
                    p.column(),
                    scrub(p.path()),
                    scrub(p.message()),
                    scrub(p.expected()),
                    scrub(p.fix())))
        .toList();
  }

  private String scrub(String text) {
    String result = text;
    for (String value : values) {
      result = result.replace(value, "****");
    }
    return result;
  }
}
