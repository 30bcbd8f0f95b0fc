package io.rancherdeploy.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The entry point: {@link #run} for tests and embedding, {@link #main} only exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String... args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean terminal = CliContext.isInteractiveTerminal(System.console() != null, System.getenv());
    quietBackgroundFailures(java.util.Arrays.asList(args).contains("--debug"), err);
    System.exit(run(new CliContext(out, err, System.getenv(), terminal), args));
  }

  /**
   * A library thread that fails after its work is done (a socket callback after close) is not the command's
   * result, and must not put a stack trace in a CI log; {@code --debug} shows it.
   */
  private static void quietBackgroundFailures(boolean debug, PrintWriter err) {
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
      if (debug) {
        err.println("rancher-deploy: background thread " + thread.getName() + " failed: " + failure);
        err.flush();
      }
    });
  }

  /** Runs one command line and returns its exit code (see {@code --help}); never calls {@code System.exit}. */
  public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
    return run(new CliContext(out, err, env, false), args);
  }

  /** Runs one command line in the given context (the demo runs its steps this way). */
  public static int run(CliContext context, String... args) {
    CommandLine commandLine = commandLine(context);
    try {
      return commandLine.execute(GlobalOptionsOrder.normalize(args));
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  static CommandLine commandLine(CliContext context) {
    ErrorReporter reporter = new ErrorReporter(context);
    CommandLine commandLine = new CommandLine(RancherDeployCommand.class, new ContextFactory(context));
    // The emulator jar's own command, under the name "emulator", with its options unchanged.
    commandLine.addSubcommand("emulator", io.rancherdeploy.emulator.RancherEmulatorMain.class);
    return commandLine
        .setOut(context.out())
        .setErr(context.err())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setAbbreviatedOptionsAllowed(false)
        .setExecutionExceptionHandler(reporter)
        .setParameterExceptionHandler(reporter)
        .setColorScheme(CommandLine.Help.defaultColorScheme(
            context.terminal() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
  }
}
