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
 * The shape every command that talks to Rancher shares: connect (discovery and the environment
 * checked before anything changes), print the client's warnings and say where, do the work; for an
 * engine operation, with Ctrl-C and SIGTERM wired to {@code cancel()}, and print the result.
 */
final class EngineRun {
  /** What a command does once connected; returns the exit code. */
  @FunctionalInterface
  interface Work {
    int run(RancherClient client, Printer printer) throws InterruptedException;
  }

  /** One engine operation. */
  @FunctionalInterface
  interface Operation {
    DeployResult run(DeployEngine engine, RancherClient client, DeployListener listener);
  }

  /** One engine operation on a stack that must exist. */
  @FunctionalInterface
  interface StackOperation {
    DeployResult run(DeployEngine engine, DeployListener listener);
  }

  private final CliContext context;
  private final ConnectionOptions connection;
  private final OutputOptions output;

  EngineRun(CliContext context, ConnectionOptions connection, OutputOptions output) {
    this.context = context;
    this.connection = connection;
    this.output = output;
  }

  /**
   * Connects, prints the warnings and, with {@code announce}, the "Connected to" line, then works.
   */
  int connected(boolean announce, Work work) throws InterruptedException {
    return connected(announce, true, work);
  }

  /**
   * {@link #connected} for commands that only read (ps, plan, logs without -f): they never wait for
   * a change, so they do not open the events websocket nor wait for it to be live.
   */
  int reading(boolean announce, Work work) throws InterruptedException {
    return connected(announce, false, work);
  }

  private int connected(boolean announce, boolean events, Work work) throws InterruptedException {
    RancherEndpoint endpoint = connection.endpoint();
    try (RancherClient client = RancherClient.builder(endpoint).events(events).connect()) {
      Printer printer = Session.printer(context, output, client);
      client.warnings().forEach(printer::warn);
      if (announce) {
        Session.announce(printer, endpoint, client);
      }
      return work.run(client, printer);
    }
  }

  /** Runs one engine operation and prints its result; a signal cancels it (bounded cleanup). */
  int run(String verb, Duration cleanupBound, boolean rawLogs, Operation operation)
      throws InterruptedException {
    return connected(
        true,
        (client, printer) -> {
          DeployEngine engine = new DeployEngine(client);
          try (Interruption ignored = Interruption.cancelling(engine::cancel, cleanupBound)) {
            DeployResult result;
            try (EventRenderer renderer = new EventRenderer(printer, rawLogs)) {
              result = operation.run(engine, client, renderer);
            }
            return ResultReport.print(printer, verb, result);
          }
        });
  }

  /**
   * {@link #run} on a stack that must exist (finish, rollback, scale): a missing one is exit 2 with
   * the stacks that do exist, before anything changes.
   */
  int onStack(
      String stack, String verb, Duration cleanupBound, boolean rawLogs, StackOperation operation)
      throws InterruptedException {
    return run(
        verb,
        cleanupBound,
        rawLogs,
        (engine, client, listener) -> {
          StackLookup.require(client, stack);
          return operation.run(engine, listener);
        });
  }
}
