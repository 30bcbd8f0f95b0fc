package io.rancherdeploy.cli;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployListener;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rm}: removes the stack's services (or the named ones) and waits until they are gone; a
 * stack that does not exist is nothing to remove, so {@code rm} before the first {@code up} works.
 */
@Command(
    name = "rm",
    header = RmCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Removes the services of the stack (all, or the ones named) and waits, within"
            + " --remove-timeout, until Rancher reports them removed. A stack that does not exist"
            + " is nothing to remove (exit 0). Never asks.")
final class RmCommand extends StackServicesCommand {
  static final String HEADER = "Remove the stack's services and wait until they are gone.";

  @Option(
      names = {"-f", "--force"},
      description =
          "Accepted for rancher-compose scripts (rm -f): rm never asks, and a missing stack is"
              + " never an error, with or without it.")
  boolean force;

  @Option(
      names = "-v",
      hidden = true,
      description = "Accepted and ignored, as rancher-compose does.")
  boolean volumes;

  RmCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() throws InterruptedException {
    String name = stack.stack();
    DeployOptions options = options();
    return engineRun()
        .run(
            "Removal",
            options.timeouts().remove(),
            false,
            (engine, client, listener) ->
                client.findByName(ResourceType.STACK, name).isPresent()
                    ? engine.remove(name, options.services(), options, listener)
                    : nothingToRemove(name, client, listener));
  }

  private static DeployResult nothingToRemove(
      String name, RancherClient client, DeployListener listener) {
    listener.onEvent(
        new DeployEvent.Progress(
            Instant.now(),
            Optional.empty(),
            "Stack "
                + name
                + " does not exist in environment "
                + client.environment().label()
                + ": nothing to remove."));
    return new DeployResult(name, Outcome.SUCCESS, List.of(), Optional.empty(), Duration.ZERO);
  }
}
