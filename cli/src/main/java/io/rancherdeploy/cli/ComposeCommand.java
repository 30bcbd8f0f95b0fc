package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ComposeOptions;
import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.DeployFlags;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.cli.options.TimeoutOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code up} and {@code plan} share, so that a plan is asked with exactly the options of the
 * deploy it shows: the stack, the compose files, the deploy flags, the timeouts, the connection and
 * the output.
 */
abstract class ComposeCommand implements Callable<Integer> {
  final CliContext context;

  @Mixin StackOptions stack;
  @Mixin ComposeOptions compose;
  @Mixin DeployFlags flags;
  @Mixin TimeoutOptions timeouts;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(
      paramLabel = "SERVICE",
      description = "Only these services (default: all in the files).")
  List<String> services = new ArrayList<>();

  ComposeCommand(CliContext context) {
    this.context = context;
  }

  EngineRun engineRun() {
    return new EngineRun(context, connection, output);
  }
}
