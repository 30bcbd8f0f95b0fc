package io.rancherdeploy.cli;

import io.rancherdeploy.cli.demo.Demo;
import io.rancherdeploy.cli.options.DurationConverter;
import io.rancherdeploy.cli.options.OutputOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the main job; the whole product in one command, on an embedded Rancher emulator.
 */
@Command(
    name = "demo",
    header = DemoCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Starts a Rancher emulator with three hosts and plays the users' story on"
          + " examples/stacksonstacks: rm, up, logs, the image changed to"
          + " smoll/flask-nanoservice:1.0 and rolled out under a live probe of the load balancer,"
          + " scale to 2, a host suspended (time to a replacement, dropped requests), the host"
          + " back. Ends with a summary table; exit 0 only if every step did what it should. About"
          + " a minute."
    })
final class DemoCommand implements Callable<Integer> {
  static final String HEADER =
      "The main job: the users' story on an embedded Rancher emulator (~1 min).";

  private final CliContext context;

  @Option(
      names = "--speed",
      paramLabel = "FACTOR",
      defaultValue = "0.5",
      description =
          "Factor on the emulator's realistic delays (pulls, starts, health checks); 1 = real time."
              + " Default: ${DEFAULT-VALUE}.")
  double speed;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the emulator's random behaviour.")
  long seed;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "Emulator port on 127.0.0.1 (default: a free one).")
  int port;

  @Option(
      names = "--stack-dir",
      paramLabel = "DIR",
      defaultValue = "examples/stacksonstacks",
      description = "The stack's files (default: ${DEFAULT-VALUE}, else the copy in the jar).")
  Path stackDirectory;

  @Option(
      names = "--step-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "90s",
      description = "Deadline of each step's wait (default: ${DEFAULT-VALUE}).")
  Duration deadline;

  @Option(
      names = "--health-grace",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "3s",
      description = "The deploys' --health-grace (default: ${DEFAULT-VALUE}).")
  Duration healthGrace;

  @Mixin OutputOptions output;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!(speed >= 0 && speed <= 10)) {
      throw new InvalidInputException(
          "--speed must be between 0 (as fast as possible) and 10, got " + speed + ".");
    }
    Printer printer = new Printer(context, output, text -> text);
    return Demo.play(
        context,
        printer,
        new Demo.Settings(speed, seed, port, stackDirectory, deadline, healthGrace));
  }
}
