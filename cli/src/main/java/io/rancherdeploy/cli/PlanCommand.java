package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ComposeOptions;
import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.DeployFlags;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.cli.options.TimeoutOptions;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

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
final class PlanCommand implements Callable<Integer> {
  static final String HEADER = "Show what up would do to each service, and why; changes nothing.";

  private final CliContext context;

  @Mixin StackOptions stack;
  @Mixin ComposeOptions compose;
  @Mixin DeployFlags flags;
  @Mixin TimeoutOptions timeouts;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(
      paramLabel = "SERVICE",
      description = "Plan only these services (default: all in the files).")
  List<String> services = new ArrayList<>();

  PlanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    DeployOptions options = flags.toDeployOptions(services, timeouts.timeouts());
    String name = stack.stack();
    ComposeProject project = compose.load();
    try (RancherClient client = RancherClient.connect(connection.endpoint())) {
      Printer printer = Session.printer(context, output, client);
      Session.announce(printer, connection.endpoint(), client);
      DeployPlan plan = new DeployEngine(client).plan(name, project, options);
      printer.result(String.join("\n", plan.render()));
      printer.resultJson(PlanJson.write(plan));
      return 0;
    }
  }
}
