package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployListener;
import io.rancherdeploy.core.deploy.DeployResult;
import java.time.Duration;

/**
 * The shape every engine command shares: connect (discovery and the environment checked before
 * anything changes), say where, run one engine operation with Ctrl-C wired to {@code cancel()},
 * print the result.
 */
final class EngineRun {
  /** One engine operation. */
  @FunctionalInterface
  interface Operation {
    DeployResult run(DeployEngine engine, RancherClient client, DeployListener listener);
  }

  private EngineRun() {}

  static int run(
      CliContext context,
      ConnectionOptions connection,
      OutputOptions output,
      String verb,
      Duration cleanupBound,
      boolean rawLogs,
      Operation operation) {
    RancherEndpoint endpoint = connection.endpoint();
    try (RancherClient client = RancherClient.connect(endpoint)) {
      Printer printer = Session.printer(context, output, client);
      Session.announce(printer, endpoint, client);
      DeployEngine engine = new DeployEngine(client);
      // The hook stays until the result is printed: after Ctrl-C the JVM ends as soon as it is
      // removed.
      try (Interruption ignored = Interruption.cancelling(engine::cancel, cleanupBound)) {
        DeployResult result = operation.run(engine, client, new EventRenderer(printer, rawLogs));
        return ResultReport.print(printer, verb, result);
      }
    }
  }
}
