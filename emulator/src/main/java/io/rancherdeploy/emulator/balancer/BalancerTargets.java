package io.rancherdeploy.emulator.balancer;

import java.util.List;

/**
 * Where a load balancer may send one request: the containers that are running and healthy (or have
 * no health check) among the targets of the load balancer's port rule for {@code sourcePort},
 * looked up at each request so scaling, upgrades and lost hosts show at once. Order them stably
 * (for example by creation): round robin walks that order.
 */
@FunctionalInterface
public interface BalancerTargets {

  List<Backend> backends(String balancerServiceId, int sourcePort, String hostHeader, String path);
}
