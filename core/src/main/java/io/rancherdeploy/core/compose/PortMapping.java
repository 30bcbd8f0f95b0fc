package io.rancherdeploy.core.compose;

/**
 * One published or exposed port after ranges were expanded. {@code hostPort} 0 means "no host
 * port". Rancher's transform drops the host IP, so it takes no part in {@link #rancherSpec()}.
 */
record PortMapping(String hostIp, int hostPort, int containerPort, String protocol) {
  /** As Rancher's {@code launchConfig.ports} holds it: {@code 8080:80/tcp} or {@code 80/tcp}. */
  String rancherSpec() {
    return (hostPort > 0 ? hostPort + ":" : "") + containerPort + "/" + protocol;
  }

  /** docker-compose's short syntax, as {@code docker-compose config} prints it. */
  String shortSyntax() {
    String host = hostPort > 0 ? hostPort + ":" : "";
    String ip = hostIp.isEmpty() ? "" : hostIp + ":" + (hostPort > 0 ? "" : ":");
    return ip + host + containerPort + "/" + protocol;
  }
}
