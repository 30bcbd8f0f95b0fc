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

/** {@code rollback}: the manual gate's other half, by stack name only. */
@Command(
    name = "rollback",
    header = RollbackCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Rolls back the services left in an upgrade (upgraded, upgrading, canceled-upgrade) to"
            + " their previous launch config and waits until they run again. Needs only the stack"
            + " name, not the files.")
final class RollbackCommand implements Callable<Integer> {
  static final String HEADER = "Roll back services left in an upgrade.";

  private final CliContext context;

  @Mixin StackOptions stack;
  @Mixin TimeoutOptions timeouts;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(
      paramLabel = "SERVICE",
      description = "Only these services (default: every service of the stack).")
  List<String> services = new ArrayList<>();

  RollbackCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String name = stack.stack();
    DeployOptions options =
        DeployOptions.builder().services(services).timeouts(timeouts.timeouts()).build();
    return EngineRun.run(
        context,
        connection,
        output,
        "Rollback",
        options.timeouts().rollback(),
        false,
        (engine, client, listener) -> engine.rollback(name, options.services(), options, listener));
  }
}
