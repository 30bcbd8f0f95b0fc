package io.rancherdeploy.cli;

import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import picocli.CommandLine.Command;

/**
 * {@code plan}: what {@code up} with the same options would do, read from the server; changes
 * nothing.
 */
@Command(
    name = "plan",
    header = PlanCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Shows what 'up' with the same options would do to each service and why (create, upgrade"
            + " and the fields that differ, unchanged, out of sync, remove). Reads the stack;"
            + " changes nothing.")
final class PlanCommand extends ComposeCommand {
  static final String HEADER = "Show what up would do to each service, and why; changes nothing.";

  PlanCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() throws InterruptedException {
    DeployOptions options = flags.toDeployOptions(services, timeouts.timeouts());
    String name = stack.stack();
    ComposeProject project = compose.load();
    return engineRun()
        .reading(
            true,
            (client, printer) -> {
              DeployPlan plan = new DeployEngine(client).plan(name, project, options);
              printer.result(String.join("\n", plan.render()));
              printer.resultJson(PlanJson.write(plan));
              return 0;
            });
  }
}
