package io.rancherdeploy.emulator.balancer;

import java.util.Objects;

/** A running, healthy container a load balancer may send a request to, and the host it runs on. */
public record Backend(String containerId, String containerName, String hostName) {

  public Backend {
    Objects.requireNonNull(containerId, "containerId");
    Objects.requireNonNull(containerName, "containerName");
    Objects.requireNonNull(hostName, "hostName");
  }

  /** What the emulated container answers: {@code "demo-web-1 on host2"}. */
  public String answer() {
    return containerName + " on " + hostName;
  }
}
