package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.DeployFlags;
import io.rancherdeploy.cli.options.DurationConverter;
import io.rancherdeploy.core.deploy.DeployOptions;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restart}: a rolling restart of services' containers in place, as rancher-compose's. */
@Command(
    name = "restart",
    header = RestartCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Restarts the containers of the services named (default: every active service of the"
            + " stack) in place, --batch-size at a time with --interval between batches, and waits,"
            + " within --upgrade-timeout, until they run and are healthy again; exit 1 when they"
            + " are not. Same configuration, same containers, new processes.")
final class RestartCommand extends StackServicesCommand {
  static final String HEADER = "Restart services' containers in place, batch by batch.";

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "1",
      description = "Containers restarted at a time (default 1, as rancher-compose).")
  int batchSize = 1;

  @Option(
      names = "--interval",
      paramLabel = "MILLIS",
      defaultValue = "0",
      converter = DeployFlags.IntervalConverter.class,
      description =
          "Pause between batches: milliseconds as in rancher-compose (default 0), or a duration"
              + " (2s).")
  Duration interval = Duration.ZERO;

  @Option(
      names = "--health-grace",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long containers without a health check must keep running to count (default 10s).")
  Duration healthGrace;

  RestartCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() throws InterruptedException {
    if (batchSize < 1) {
      throw new InvalidInputException("--batch-size must be 1 or more, got " + batchSize + ".");
    }
    String name = stack.stack();
    DeployOptions.Builder builder =
        DeployOptions.builder()
            .services(services)
            .timeouts(timeouts.timeouts())
            .batchSize(batchSize)
            .interval(interval);
    if (healthGrace != null) {
      builder.healthGrace(healthGrace);
    }
    DeployOptions options = builder.build();
    return engineRun()
        .onStack(
            name,
            "Restart",
            options.timeouts().upgrade(),
            false,
            (engine, listener) -> engine.restart(name, options.services(), options, listener));
  }
}
