package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.logs.LogStreamer;
import java.time.Duration;
import java.util.Optional;

/**
 * Streams the stack's container logs to the listener while a deploy runs ({@code followLogs}), new
 * containers included, and stops with the deploy.
 */
final class LogFollow implements AutoCloseable {
  private final LogStreamer streamer;
  private final Thread pump;

  private LogFollow(RunContext ctx, Stack stack) {
    this.streamer =
        LogStreamer.builder(ctx.client)
            .stack(stack)
            .tail(0)
            .follow(true)
            .newContainers(true)
            .masker(ctx.progress.masker())
            .start();
    this.pump =
        new Thread(
            () -> {
              try {
                streamer.forEach(ctx.progress::log);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "deploy-logs");
    pump.setDaemon(true);
    pump.start();
  }

  static Optional<LogFollow> start(RunContext ctx) {
    if (!ctx.options.followLogs()) {
      return Optional.empty();
    }
    try {
      return ctx.client
          .get(ResourceType.STACK, ctx.stackId())
          .map(stack -> new LogFollow(ctx, stack));
    } catch (RancherDeployException e) {
      ctx.progress.warning(
          Optional.empty(), "Cannot follow the containers' logs: " + e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    streamer.close();
    try {
      pump.join(Duration.ofSeconds(2).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
