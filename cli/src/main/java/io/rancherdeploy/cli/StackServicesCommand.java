package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.cli.options.TimeoutOptions;
import io.rancherdeploy.core.deploy.DeployOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code rm}, {@code finish} and {@code rollback} share: the stack by name only (no files),
 * optionally some of its services, the timeouts, the connection and the output.
 */
abstract class StackServicesCommand implements Callable<Integer> {
  final CliContext context;

  @Mixin StackOptions stack;
  @Mixin TimeoutOptions timeouts;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(
      paramLabel = "SERVICE",
      description = "Only these services (default: every service of the stack).")
  List<String> services = new ArrayList<>();

  StackServicesCommand(CliContext context) {
    this.context = context;
  }

  DeployOptions options() {
    return DeployOptions.builder().services(services).timeouts(timeouts.timeouts()).build();
  }

  EngineRun engineRun() {
    return new EngineRun(context, connection, output);
  }
}
