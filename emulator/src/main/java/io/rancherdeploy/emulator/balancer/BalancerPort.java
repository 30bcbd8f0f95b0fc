package io.rancherdeploy.emulator.balancer;

import java.net.URI;

/**
 * A load balancer's listener as tests see it: the service, the port its rules name ({@code
 * sourcePort}, e.g. 80), the loopback port that really answers, and how many requests it served and
 * refused (503).
 */
public record BalancerPort(
    String serviceId, int sourcePort, int localPort, long served, long refused) {

  /** {@code http://127.0.0.1:PORT/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + localPort + "/");
  }
}
