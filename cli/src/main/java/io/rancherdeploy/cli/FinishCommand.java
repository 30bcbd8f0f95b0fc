package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.cli.options.TimeoutOptions;
import io.rancherdeploy.core.deploy.DeployOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code finish}: the manual gate's other half, by stack name only. */
@Command(
    name = "finish",
    header = FinishCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Finishes the upgrades of services left in upgraded (after a deploy with --no-finish, once"
            + " you are satisfied), once their new containers are healthy. Needs only the stack"
            + " name.")
final class FinishCommand implements Callable<Integer> {
  static final String HEADER = "Finish upgrades left open (after up --no-finish).";

  private final CliContext context;

  @Mixin StackOptions stack;
  @Mixin TimeoutOptions timeouts;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(
      paramLabel = "SERVICE",
      description = "Only these services (default: every service of the stack).")
  List<String> services = new ArrayList<>();

  FinishCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String name = stack.stack();
    DeployOptions options =
        DeployOptions.builder().services(services).timeouts(timeouts.timeouts()).build();
    return EngineRun.run(context, connection, output, "Finish", options.timeouts().finish(), false,
        (engine, client, listener) -> engine.finish(name, options.services(), options, listener));
  }
}
