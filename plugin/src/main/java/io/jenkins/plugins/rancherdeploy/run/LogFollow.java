package io.jenkins.plugins.rancherdeploy.run;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployListener;
import io.rancherdeploy.core.logs.LogStreamer;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code followLogs: true}: streams the stack's containers' output (new containers included) into the
 * console while the deploy runs, through the same listener as the engine's events. Closing stops it.
 */
final class LogFollow implements AutoCloseable {
  static final LogFollow NONE = new LogFollow(null, null);
  private static final long JOIN_MILLIS = 2_000;

  private final LogStreamer streamer;
  private final Thread reader;

  private LogFollow(LogStreamer streamer, Thread reader) {
    this.streamer = streamer;
    this.reader = reader;
  }

  static LogFollow start(RancherClient client, String stackName, DeployListener listener, PrintStream log) {
    Optional<Stack> stack = client.findByName(ResourceType.STACK, stackName);
    if (stack.isEmpty()) {
      log.println("Rancher: stack " + stackName + " does not exist yet; container logs are not followed");
      return NONE;
    }
    LogStreamer streamer = LogStreamer.builder(client).stack(stack.get()).tail(0).since(Instant.now())
        .follow(true).newContainers(true).start();
    Thread reader = new Thread(() -> {
      try {
        streamer.forEach(line -> listener.onEvent(new DeployEvent.ContainerLog(Instant.now(), line)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        log.println("Rancher: container logs stopped: " + e.getMessage());
      }
    }, "rancher-deploy logs " + stackName);
    reader.setDaemon(true);
    reader.start();
    return new LogFollow(streamer, reader);
  }

  @Override
  public void close() {
    if (streamer == null) {
      return;
    }
    streamer.close();
    try {
      reader.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
