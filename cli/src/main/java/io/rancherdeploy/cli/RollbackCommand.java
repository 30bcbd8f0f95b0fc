package io.rancherdeploy.cli;

import io.rancherdeploy.core.deploy.DeployOptions;
import picocli.CommandLine.Command;

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
final class RollbackCommand extends StackServicesCommand {
  static final String HEADER = "Roll back services left in an upgrade.";

  RollbackCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() throws InterruptedException {
    return rollback(engineRun(), stack.stack(), options(), false);
  }

  /** Also {@code up --rollback}, as rancher-compose has it. */
  static int rollback(EngineRun run, String stack, DeployOptions options, boolean rawLogs)
      throws InterruptedException {
    return run.onStack(
        stack,
        "Rollback",
        options.timeouts().rollback(),
        rawLogs,
        (engine, listener) -> engine.rollback(stack, options.services(), options, listener));
  }
}
