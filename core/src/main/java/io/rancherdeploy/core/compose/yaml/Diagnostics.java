package io.rancherdeploy.core.compose.yaml;

import io.rancherdeploy.core.compose.ComposeProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects problems and warnings while a stack loads, so that every mistake of a file is reported
 * together instead of stopping at the first.
 */
public final class Diagnostics {
  private final List<ComposeProblem> errors = new ArrayList<>();
  private final List<ComposeProblem> warnings = new ArrayList<>();
  private final Set<Location> quiet = new HashSet<>();

  public void error(Location at, String path, String message) {
    error(at, path, message, "", "");
  }

  /**
   * Drops later errors at this exact place: a value that lost a missing variable is reported once,
   * as missing, not again as "not a number".
   */
  public void quietAt(Location at) {
    quiet.add(at);
  }

  public void error(Location at, String path, String message, String expected, String fix) {
    if (quiet.contains(at)) {
      return;
    }
    errors.add(new ComposeProblem(at.file(), at.line(), at.column(), path, message, expected, fix));
  }

  /** An error that no {@link #quietAt} silences (the report of the missing variables itself). */
  public void errorAlways(Location at, String path, String message, String expected, String fix) {
    errors.add(new ComposeProblem(at.file(), at.line(), at.column(), path, message, expected, fix));
  }

  public void warn(Location at, String path, String message) {
    warn(at, path, message, "");
  }

  public void warn(Location at, String path, String message, String fix) {
    warnings.add(new ComposeProblem(at.file(), at.line(), at.column(), path, message, "", fix));
  }

  /** "expected X, found Y" for a node of the wrong type. */
  public void wrongType(YamlNode node, String path, String expected) {
    error(node.location(), path, "found " + node.typeName(), expected, "");
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public int errorCount() {
    return errors.size();
  }

  public List<ComposeProblem> errors() {
    return List.copyOf(errors);
  }

  public List<ComposeProblem> warnings() {
    return List.copyOf(warnings);
  }
}
