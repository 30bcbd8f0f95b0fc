package io.rancherdeploy.cli;

import io.rancherdeploy.core.deploy.DeployOptions;
import picocli.CommandLine.Command;

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
final class FinishCommand extends StackServicesCommand {
  static final String HEADER = "Finish upgrades left open (after up --no-finish).";

  FinishCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() throws InterruptedException {
    String name = stack.stack();
    DeployOptions options = options();
    return engineRun()
        .onStack(
            name,
            "Finish",
            options.timeouts().finish(),
            false,
            (engine, listener) -> engine.finish(name, options.services(), options, listener));
  }
}
