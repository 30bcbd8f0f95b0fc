package io.rancherdeploy.core.deploy;

/**
 * Receives the engine's events, on the engine's threads. Implementations must be quick and
 * thread-safe; the engine masks secrets before it calls them.
 */
@FunctionalInterface
public interface DeployListener {
  DeployListener NONE = event -> {};

  void onEvent(DeployEvent event);
}
