package io.rancherdeploy.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command: it only declares the commands, the exit codes and the version. The commands are
 * listed here by class name and registered by {@link Main} one at a time, for the one the command
 * line names, so that {@code --help} and each command load only their own classes (start-up time is
 * the CLI's first impression).
 */
@Command(
    name = "rancher-deploy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    customSynopsis = "rancher-deploy [-hV] COMMAND [OPTIONS] [ARGS]",
    usageHelpWidth = 100,
    description = {
      "Deploys Docker Compose stacks to Rancher 1.x (Cattle) from CI: a rancher-compose replacement"
          + " that never hangs, finishes an upgrade only once it is healthy, rolls back by itself"
          + " and never prints a secret.",
      "",
      "Connection: --url, --access-key, --secret-key, --environment, or RANCHER_URL,"
          + " RANCHER_ACCESS_KEY, RANCHER_SECRET_KEY, RANCHER_ENVIRONMENT. The stack (-p) is always"
          + " explicit. It never prompts.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the deploy failed (rolled back or not), or Rancher refused a request",
      "2:bad input or usage: files, options, variables; found before any change on the server",
      "3:the server cannot be reached, or the API key is refused or cannot see the environment",
      "130:interrupted; the bounded cleanup (rollback by default) ran"
    },
    footer = {"", "Rancher-compose order works too: rancher-deploy -p STACK up -d"})
final class RancherDeployCommand implements Runnable {
  /**
   * A command: its name and aliases, its class (by name, so that listing it does not load it), its
   * header.
   */
  record Entry(String name, List<String> aliases, String className, String header) {}

  static final List<Entry> COMMANDS =
      List.of(
          new Entry("up", List.of(), "io.rancherdeploy.cli.UpCommand", UpCommand.HEADER),
          new Entry("plan", List.of(), "io.rancherdeploy.cli.PlanCommand", PlanCommand.HEADER),
          new Entry(
              "render", List.of(), "io.rancherdeploy.cli.RenderCommand", RenderCommand.HEADER),
          new Entry("rm", List.of(), "io.rancherdeploy.cli.RmCommand", RmCommand.HEADER),
          new Entry(
              "rollback",
              List.of(),
              "io.rancherdeploy.cli.RollbackCommand",
              RollbackCommand.HEADER),
          new Entry(
              "finish", List.of(), "io.rancherdeploy.cli.FinishCommand", FinishCommand.HEADER),
          new Entry("scale", List.of(), "io.rancherdeploy.cli.ScaleCommand", ScaleCommand.HEADER),
          new Entry(
              "restart", List.of(), "io.rancherdeploy.cli.RestartCommand", RestartCommand.HEADER),
          new Entry("logs", List.of(), "io.rancherdeploy.cli.LogsCommand", LogsCommand.HEADER),
          new Entry("ps", List.of(), "io.rancherdeploy.cli.PsCommand", PsCommand.HEADER),
          new Entry(
              "environments",
              List.of("envs"),
              "io.rancherdeploy.cli.EnvironmentsCommand",
              EnvironmentsCommand.HEADER),
          new Entry("demo", List.of(), "io.rancherdeploy.cli.DemoCommand", DemoCommand.HEADER),
          new Entry(
              "emulator",
              List.of(),
              "io.rancherdeploy.emulator.RancherEmulatorMain",
              "Run the Rancher emulator standalone (the emulator jar's options)."),
          new Entry(
              "help", List.of(), "picocli.CommandLine$HelpCommand", "Show the help of a command."));

  @Spec CommandSpec spec;

  static Optional<Entry> find(String name) {
    return COMMANDS.stream()
        .filter(e -> e.name().equals(name) || e.aliases().contains(name))
        .findFirst();
  }

  /** The "Commands:" section of the top help, from the table rather than from loaded commands. */
  static String commandList() {
    StringBuilder list = new StringBuilder();
    for (Entry entry : COMMANDS) {
      String names =
          entry.aliases().isEmpty()
              ? entry.name()
              : entry.name() + ", " + String.join(", ", entry.aliases());
      list.append(String.format(Locale.ROOT, "  %-20s%s%n", names, entry.header()));
    }
    return list.toString();
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing a command: try 'rancher-deploy up -p STACK', 'rancher-deploy demo' or"
            + " 'rancher-deploy --help'.");
  }
}
