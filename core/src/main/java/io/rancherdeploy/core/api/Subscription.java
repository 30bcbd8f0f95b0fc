package io.rancherdeploy.core.api;

/** Ends a listener's registration. Idempotent. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
  @Override
  void close();
}
