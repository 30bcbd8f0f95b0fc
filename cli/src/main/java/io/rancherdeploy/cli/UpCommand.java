package io.rancherdeploy.cli;

import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
final class UpCommand extends ComposeCommand {
  static final String HEADER =
      "Create what is missing; with -u, a health-gated rolling upgrade of what changed.";

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

  UpCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() throws InterruptedException {
    DeployOptions options = options();
    String name = stack.stack();
    if (rollback) {
      return RollbackCommand.rollback(engineRun(), name, options, raw);
    }
    ComposeProject project = compose.load(); // bad files end here, before any request
    return engineRun()
        .run(
            "Deploy",
            options.timeouts().rollback(),
            raw,
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
