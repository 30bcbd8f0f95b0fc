package io.rancherdeploy.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: it only declares the subcommands, the exit codes and the version. */
@Command(
    name = "rancher-deploy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
        "Deploys Docker Compose stacks to Rancher 1.x (Cattle) from CI: a rancher-compose replacement that never "
            + "hangs, finishes an upgrade only once it is healthy, rolls back by itself and never prints a secret.",
        "",
        "Connection: --url, --access-key, --secret-key, --environment, or RANCHER_URL, RANCHER_ACCESS_KEY, "
            + "RANCHER_SECRET_KEY, RANCHER_ENVIRONMENT. The stack (-p) is always explicit. It never prompts.",
        ""},
    subcommands = {
        UpCommand.class,
        PlanCommand.class,
        RenderCommand.class,
        RmCommand.class,
        RollbackCommand.class,
        FinishCommand.class,
        ScaleCommand.class,
        LogsCommand.class,
        PsCommand.class,
        EnvironmentsCommand.class,
        DemoCommand.class,
        picocli.CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the deploy failed (rolled back or not), or Rancher refused a request",
        "2:bad input or usage: files, options, variables; found before any change on the server",
        "3:the server cannot be reached, or the API key is refused or cannot see the environment",
        "130:interrupted; the bounded cleanup (rollback by default) ran"},
    footer = {"", "Rancher-compose order works too: rancher-deploy -p STACK up -d"})
final class RancherDeployCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "Missing a command: try 'rancher-deploy up -p STACK', 'rancher-deploy demo' or 'rancher-deploy --help'.");
  }
}
