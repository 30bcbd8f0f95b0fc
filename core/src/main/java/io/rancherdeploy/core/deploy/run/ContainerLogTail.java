package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.logs.LogLine;
import io.rancherdeploy.core.logs.LogStreamer;
import io.rancherdeploy.core.secret.SecretMasker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last log lines of a failing service's containers, read through the client's log streamer
 * without following, and bounded in time: a report must not hang on a log socket.
 */
final class ContainerLogTail implements ContainerTail {
  static final int LINES = 20;
  static final Duration BOUND = Duration.ofMillis(1500);
  private final RancherClient client;
  private final SecretMasker masker;

  ContainerLogTail(RancherClient client, SecretMasker masker) {
    this.client = client;
    this.masker = masker;
  }

  @Override
  public List<String> lastLines(Service service) {
    Deque<String> lines = new ArrayDeque<>();
    Instant end = Instant.now().plus(BOUND);
    try (LogStreamer streamer =
        LogStreamer.builder(client)
            .services(List.of(service))
            .tail(LINES)
            .follow(false)
            .newContainers(false)
            .stopAfter(BOUND)
            .masker(masker)
            .start()) {
      while (!streamer.isFinished() && Instant.now().isBefore(end)) {
        Optional<LogLine> line = streamer.poll(Duration.ofMillis(100));
        line.ifPresent(
            l -> {
              lines.addLast(masker.mask(l.prefixed()));
              if (lines.size() > LINES) {
                lines.removeFirst();
              }
            });
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RancherDeployException e) {
      lines.addLast("(could not read the containers' logs: " + e.getMessage() + ")");
    }
    return List.copyOf(lines);
  }
}
