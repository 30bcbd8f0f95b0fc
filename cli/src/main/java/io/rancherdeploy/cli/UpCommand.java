package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ComposeOptions;
import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.DeployFlags;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.cli.options.TimeoutOptions;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code up}: brings the stack in line with the compose files; always ends, with a result that
 * tells the truth.
 */
@Command(
    name = "up",
    header = UpCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Creates what is missing and, with -u, upgrades (rolling, in place) the services whose config"
          + " changed; finishes an upgrade only once the new containers are healthy and rolls back"
          + " by itself on failure. Without -u, changed services are reported as out of sync and"
          + " left alone, as rancher-compose up -d.",
      "Examples:",
      "  rancher-deploy up -p stacksonstacks --create-stack",
      "  rancher-deploy up -p stacksonstacks -u -f docker-compose.yml --verify-url http://lb/"
          + " --timeout 10m"
    })
final class UpCommand implements Callable<Integer> {
  static final String HEADER =
      "Create what is missing; with -u, a health-gated rolling upgrade of what changed.";

  private final CliContext context;

  @Mixin StackOptions stack;
  @Mixin ComposeOptions compose;
  @Mixin DeployFlags flags;
  @Mixin TimeoutOptions timeouts;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = {"-d", "--detach"},
      description =
          "Accepted for rancher-compose scripts: rancher-deploy never follows logs forever anyway.")
  boolean detach;

  @Option(
      names = {"-c", "--confirm-upgrade"},
      description =
          "Finish upgrades left in 'upgraded' before going on (rancher-compose's -c; the default"
              + " here).")
  boolean confirmUpgrade;

  @Option(
      names = "--rollback",
      description =
          "Roll back the services left in 'upgraded' instead of deploying (as rancher-compose up"
              + " -r).")
  boolean rollback;

  @Option(
      names = "--raw",
      description = "With --follow-logs: container lines without the [service/container] prefix.")
  boolean raw;

  @Parameters(
      paramLabel = "SERVICE",
      description = "Act only on these services (default: all in the files).")
  List<String> services = new ArrayList<>();

  UpCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    DeployOptions options = options();
    String name = stack.stack();
    if (rollback) {
      return EngineRun.run(
          context,
          connection,
          output,
          "Rollback",
          options.timeouts().rollback(),
          raw,
          (engine, client, listener) ->
              engine.rollback(name, options.services(), options, listener));
    }
    ComposeProject project = compose.load(); // bad files end here, before any request
    return EngineRun.run(context, connection, output, "Deploy", options.timeouts().rollback(), raw,
        (engine, client, listener) -> engine.deploy(name, project, options, listener));
  }

  private DeployOptions options() {
    DeployOptions options = flags.toDeployOptions(services, timeouts.timeouts());
    if (confirmUpgrade && !options.finish()) {
      throw new InvalidInputException(
          "-c/--confirm-upgrade finishes upgrades and --no-finish leaves them open: "
              + "choose one.");
    }
    if (confirmUpgrade && options.leftoverUpgrade() != LeftoverUpgrade.FINISH) {
      throw new InvalidInputException(
          "-c/--confirm-upgrade finishes leftover upgrades, but --leftover-upgrade "
              + "says "
              + options.leftoverUpgrade().name().toLowerCase(java.util.Locale.ROOT)
              + ": choose one.");
    }
    if (rollback && (confirmUpgrade || flags.upgrades())) {
      throw new InvalidInputException(
          "--rollback undoes the last upgrade; it cannot be combined with -u, "
              + "--force-upgrade, --recreate or -c.");
    }
    return options;
  }
}
