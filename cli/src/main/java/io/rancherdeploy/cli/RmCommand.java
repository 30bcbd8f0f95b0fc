package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.cli.options.TimeoutOptions;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rm}: removes the stack's services (or the named ones) and waits until they are gone. */
@Command(
    name = "rm",
    header = RmCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Removes the services of the stack (all, or the ones named) and waits, within"
            + " --remove-timeout, until Rancher reports them removed. Never asks.")
final class RmCommand implements Callable<Integer> {
  static final String HEADER = "Remove the stack's services and wait until they are gone.";

  private final CliContext context;

  @Mixin StackOptions stack;
  @Mixin TimeoutOptions timeouts;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = {"-f", "--force"},
      description =
          "A stack that does not exist is not an error (as rm -f). rm never asks, with or without"
              + " it.")
  boolean force;

  @Option(
      names = "-v",
      hidden = true,
      description = "Accepted and ignored, as rancher-compose does.")
  boolean volumes;

  @Parameters(
      paramLabel = "SERVICE",
      description = "Remove only these services (default: all of the stack).")
  List<String> services = new ArrayList<>();

  RmCommand(CliContext context) {
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
        "Removal",
        options.timeouts().remove(),
        false,
        (engine, client, listener) -> {
          if (force && client.findByName(ResourceType.STACK, name).isEmpty()) {
            listener.onEvent(
                new DeployEvent.Progress(
                    Instant.now(),
                    Optional.empty(),
                    "Stack "
                        + name
                        + " does not exist in environment "
                        + client.environment().label()
                        + ": nothing to remove."));
            return new DeployResult(
                name, Outcome.SUCCESS, List.of(), Optional.empty(), Duration.ZERO);
          }
          return engine.remove(name, options.services(), options, listener);
        });
  }
}
