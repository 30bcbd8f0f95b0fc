package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployListener;
import io.rancherdeploy.core.logs.LogLine;
import io.rancherdeploy.core.secret.SecretMasker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what the executor does into events, as rancher-compose prints them ({@code [1/2] [web]:
 * Started}), with the time each service has taken so far. Every text passes the secret masker
 * before the listener sees it, and a listener that throws cannot break the deploy.
 */
final class Progress {
  private final DeployListener listener;
  private final SecretMasker masker;
  private final Clock clock;
  private final Map<String, Integer> index = new ConcurrentHashMap<>();
  private final Map<String, Instant> started = new ConcurrentHashMap<>();
  private final int total;

  Progress(DeployListener listener, SecretMasker masker, Clock clock, List<String> services) {
    this.listener = listener;
    this.masker = masker;
    this.clock = clock;
    this.total = services.size();
    for (int i = 0; i < services.size(); i++) {
      index.put(services.get(i), i + 1);
    }
  }

  SecretMasker masker() {
    return masker;
  }

  /** {@code [1/2] [web]: Started (1.3 s)}. */
  void service(String service, String message) {
    Instant now = clock.instant();
    Instant first = started.computeIfAbsent(service, s -> now);
    String counter =
        index.containsKey(service) ? "[" + index.get(service) + "/" + total + "] " : "";
    String elapsed =
        String.format(
            java.util.Locale.ROOT, " (%.1f s)", Duration.between(first, now).toMillis() / 1000.0);
    emit(
        new DeployEvent.Progress(
            now,
            Optional.of(service),
            masker.mask(counter + "[" + service + "]: " + message + elapsed)));
  }

  void stack(String message) {
    emit(new DeployEvent.Progress(clock.instant(), Optional.empty(), masker.mask(message)));
  }

  void warning(Optional<String> service, String message) {
    emit(new DeployEvent.Warning(clock.instant(), service, masker.mask(message)));
  }

  void log(LogLine line) {
    LogLine masked =
        new LogLine(
            line.service(),
            line.container(),
            line.stream(),
            line.timestamp(),
            masker.mask(line.text()));
    emit(new DeployEvent.ContainerLog(clock.instant(), masked));
  }

  private void emit(DeployEvent event) {
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      // A front end's rendering bug must not turn a good deploy into a failed one.
    }
  }
}
