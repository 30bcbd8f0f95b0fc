package io.rancherdeploy.cli.options;

import io.rancherdeploy.cli.InvalidInputException;
import io.rancherdeploy.core.deploy.Timeouts;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The overall deadline and one per phase; every wait ends at the earlier of its phase's and the
 * overall.
 */
public final class TimeoutOptions {
  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "Deadline for the whole command, e.g. 10m (default 30m). It always ends with a clear"
              + " result.")
  Duration overall;

  @Option(
      names = "--pull-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline to pull images on the hosts (default 10m).")
  Duration pull;

  @Option(
      names = "--remove-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline for services to be removed (default 3m).")
  Duration remove;

  @Option(
      names = "--create-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline for new services to become active, and for scaling (default 3m).")
  Duration create;

  @Option(
      names = "--upgrade-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "Deadline for an upgrade to reach 'upgraded', and for the verify probe (default 10m).")
  Duration upgrade;

  @Option(
      names = "--health-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline for new containers to become healthy (default 5m).")
  Duration health;

  @Option(
      names = "--finish-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline for finishupgrade (default 3m).")
  Duration finish;

  @Option(
      names = "--rollback-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline for a rollback (default 5m).")
  Duration rollback;

  public Timeouts timeouts() {
    Timeouts d = Timeouts.DEFAULTS;
    try {
      return new Timeouts(
          or(pull, d.pull()),
          or(remove, d.remove()),
          or(create, d.create()),
          or(upgrade, d.upgrade()),
          or(health, d.health()),
          or(finish, d.finish()),
          or(rollback, d.rollback()),
          or(overall, d.overall()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "Every timeout must be longer than zero (" + e.getMessage() + ").");
    }
  }

  private static Duration or(Duration given, Duration fallback) {
    return given == null ? fallback : given;
  }
}
