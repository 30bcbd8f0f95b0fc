package io.rancherdeploy.core.compose.yaml;

import java.util.Objects;

/** Where a node starts: the file as the caller named it, 1-based line and column (0 = unknown). */
public record Location(String file, int line, int column) {
  public Location {
    Objects.requireNonNull(file, "file");
  }

  /** The whole file, when no line applies. */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }
}
