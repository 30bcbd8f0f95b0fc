package io.rancherdeploy.core.compose;

/**
 * A volume or device: {@code source} empty for an anonymous volume, {@code mode} empty when none
 * ({@code ro}, {@code rw,z}; {@code rwm} for devices). Files merge mounts by {@code target}.
 */
record Mount(String source, String target, String mode) {
  String spec() {
    if (source.isEmpty()) {
      return target + (mode.isEmpty() ? "" : ":" + mode);
    }
    return source + ":" + target + (mode.isEmpty() ? "" : ":" + mode);
  }

  /** A named volume ({@code data:/var/lib}), not a host path. */
  boolean isNamedVolume() {
    return !source.isEmpty()
        && !source.startsWith("/")
        && !source.startsWith(".")
        && !source.startsWith("~");
  }
}
