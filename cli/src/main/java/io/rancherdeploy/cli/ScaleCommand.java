package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.DurationConverter;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.cli.options.TimeoutOptions;
import io.rancherdeploy.core.deploy.DeployOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scale}: sets services' scale and waits until that many containers run. */
@Command(
    name = "scale",
    header = ScaleCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Sets the scale of services (rancher-compose scale web=2 worker=3) and waits, within"
            + " --create-timeout, until that many containers run; fails, with exit 1, when they do"
            + " not.")
final class ScaleCommand implements Callable<Integer> {
  static final String HEADER = "Set services' scale and wait until that many containers run.";

  private final CliContext context;

  @Mixin StackOptions stack;
  @Mixin TimeoutOptions timeouts;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = "--health-grace",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long new containers without a health check must keep running to count (default"
              + " 10s).")
  Duration healthGrace;

  @Parameters(
      paramLabel = "SERVICE=N",
      arity = "1..*",
      description = "The services and their new scale.")
  Map<String, Integer> scales = new LinkedHashMap<>();

  ScaleCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    String name = stack.stack();
    scales.forEach(
        (service, scale) -> {
          if (scale < 0) {
            throw new InvalidInputException(
                "The scale of " + service + " must be 0 or more, got " + scale + ".");
          }
        });
    DeployOptions.Builder builder =
        DeployOptions.builder().services(scales.keySet()).timeouts(timeouts.timeouts());
    if (healthGrace != null) {
      builder.healthGrace(healthGrace);
    }
    DeployOptions options = builder.build();
    return new EngineRun(context, connection, output)
        .onStack(
            name,
            "Scale",
            options.timeouts().create(),
            false,
            (engine, listener) -> engine.scale(name, scales, options, listener));
  }
}
