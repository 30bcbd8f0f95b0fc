package io.rancherdeploy.emulator.logs;

import java.util.Objects;

/**
 * The container whose log is written: its id (the Rancher id, {@code 1i..}), its name, its image,
 * the host it runs on, whether it has a TTY (all lines then use the {@code 00} code) and its
 * behaviour.
 */
public record LogSource(
    String containerId,
    String containerName,
    String image,
    String hostName,
    boolean tty,
    LogBehaviour behaviour) {

  public LogSource {
    Objects.requireNonNull(containerId, "containerId");
    Objects.requireNonNull(containerName, "containerName");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(hostName, "hostName");
    Objects.requireNonNull(behaviour, "behaviour");
  }
}
