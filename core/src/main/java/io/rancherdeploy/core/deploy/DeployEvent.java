package io.rancherdeploy.core.deploy;

import io.rancherdeploy.core.logs.LogLine;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine reports while it works. Front ends render these; they never decide anything from
 * them.
 */
public sealed interface DeployEvent {
  Instant time();

  /** A progress line such as rancher-compose prints: {@code [1/2] [flask-nanoservice]: Started}. */
  record Progress(Instant time, Optional<String> service, String message) implements DeployEvent {
    public Progress {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(message, "message");
    }

    /**
     * The line for a console: {@code [web]: message}, unless the message names the service already.
     */
    public String line() {
      return withService(service, message);
    }
  }

  /**
   * Something the user should read even when all goes well (a stack created, a key Rancher
   * ignores).
   */
  record Warning(Instant time, Optional<String> service, String message) implements DeployEvent {
    public Warning {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(message, "message");
    }

    /** The line for a console, as {@link Progress#line()}. */
    public String line() {
      return withService(service, message);
    }
  }

  /** A line a container wrote, when logs are followed. */
  record ContainerLog(Instant time, LogLine line) implements DeployEvent {
    public ContainerLog {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(line, "line");
    }
  }

  // The engine's progress messages carry the service with their counter ("[1/2] [web]: Started");
  // other
  // messages don't, and get the service in front.
  private static String withService(Optional<String> service, String message) {
    return service
        .filter(name -> !message.contains("[" + name + "]"))
        .map(name -> "[" + name + "]: " + message)
        .orElse(message);
  }
}
