package io.rancherdeploy.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The entry point: {@link #run} for tests and embedding, {@link #main} only exits with its code.
 */
public final class Main {
  private Main() {}

  public static void main(String... args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean terminal = CliContext.isInteractiveTerminal(System.console() != null, System.getenv());
    quietBackgroundFailures(java.util.Arrays.asList(args).contains("--debug"), err);
    Interruption.handleSignals();
    int code = run(new CliContext(out, err, System.getenv(), terminal), args);
    Interruption.exiting();
    System.exit(code);
  }

  /**
   * Registers only the command the line names (and, for {@code help X}, X): the others are never
   * loaded. A line without a known command registers none, and picocli reports it as a usage error.
   */
  private static void register(CommandLine commandLine, String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("-")) {
        continue;
      }
      RancherDeployCommand.find(args[i]).ifPresent(entry -> add(commandLine, entry));
      if (args[i].equals("help") && i + 1 < args.length) {
        RancherDeployCommand.find(args[i + 1]).ifPresent(entry -> add(commandLine, entry));
      }
      return;
    }
  }

  private static void add(CommandLine commandLine, RancherDeployCommand.Entry entry) {
    try {
      Class<?> type = Class.forName(entry.className());
      CommandLine sub = new CommandLine(type, commandLine.getFactory());
      // Named before it is added: a command borrowed from elsewhere (the emulator's own main)
      // would otherwise show its own name in its usage.
      sub.getCommandSpec().name(entry.name()).usageMessage().header(entry.header());
      commandLine.addSubcommand(sub);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("rancher-deploy is built without " + entry.className(), e);
    }
  }

  /**
   * A library thread that fails after its work is done (a socket callback after close) is not the
   * command's result, and must not put a stack trace in a CI log; {@code --debug} shows it.
   */
  private static void quietBackgroundFailures(boolean debug, PrintWriter err) {
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, failure) -> {
          if (debug) {
            err.println(
                "rancher-deploy: background thread " + thread.getName() + " failed: " + failure);
            err.flush();
          }
        });
  }

  /**
   * Runs one command line and returns its exit code (see {@code --help}); never calls {@code
   * System.exit}.
   */
  public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
    return run(new CliContext(out, err, env, false), args);
  }

  /** Runs one command line in the given context (the demo runs its steps this way). */
  public static int run(CliContext context, String... args) {
    String[] normalized = GlobalOptionsOrder.normalize(args);
    CommandLine commandLine = commandLine(context, normalized);
    try {
      return commandLine.execute(normalized);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  static CommandLine commandLine(CliContext context, String... args) {
    ErrorReporter reporter = new ErrorReporter(context);
    CommandLine commandLine =
        new CommandLine(RancherDeployCommand.class, new ContextFactory(context));
    register(commandLine, args);
    commandLine
        .getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
            help -> "Commands:%n".formatted());
    commandLine
        .getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
            help -> RancherDeployCommand.commandList());
    return commandLine
        .setOut(context.out())
        .setErr(context.err())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setAbbreviatedOptionsAllowed(false)
        .setExecutionExceptionHandler(reporter)
        .setParameterExceptionHandler(reporter)
        .setColorScheme(
            CommandLine.Help.defaultColorScheme(
                context.terminal() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
  }
}
