package io.rancherdeploy.cli;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes an exit code and a paragraph on stderr: {@link ErrorKind}
 * decides the code, usage errors are 2, anything unexpected is 1. The stack trace appears only with
 * {@code --debug}, and every secret the command line or the environment holds is masked in all of
 * it.
 */
final class ErrorReporter
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  static final int USAGE = ErrorKind.INVALID_INPUT.exitCode();
  static final int INTERRUPTED = ErrorKind.INTERRUPTED.exitCode();
  private static final String MASK = "****";

  private final CliContext context;

  ErrorReporter(CliContext context) {
    this.context = context;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    List<String> extra =
        ex instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched() : List.of();
    if (command.getCommandSpec().parent() == null
        && !extra.isEmpty()
        && !extra.get(0).startsWith("-")) {
      writer.print(
          name
              + ": unknown command '"
              + extra.get(0)
              + "'; the commands are "
              + String.join(
                  ", ",
                  RancherDeployCommand.COMMANDS.stream()
                      .map(RancherDeployCommand.Entry::name)
                      .toList())
              + ".");
    } else {
      writer.print(name + ": " + ex.getMessage());
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        writer.print(" Did you mean " + String.join(" or ", suggestions) + "?");
      }
    }
    writer.print(" See '" + name + " --help'.");
    context.err().println(mask(text.toString(), secrets(command.getParseResult())));
    return USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    List<String> secrets = secrets(parseResult);
    int code = exitCode(ex);
    String name = command.getCommandSpec().qualifiedName();
    String paragraph = name + ": " + describe(ex);
    if (debug(parseResult)) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      context.err().print(mask(trace.toString(), secrets));
    } else if (code == 1 && !(ex instanceof RancherDeployException)) {
      paragraph +=
          " This is a bug in rancher-deploy; run again with --debug for the stack trace and report"
              + " it.";
    }
    context.err().println(mask(paragraph, secrets));
    if (jsonOutput(parseResult)) {
      String kind =
          ex instanceof RancherDeployException failure ? failure.kind().name() : "internal";
      context
          .out()
          .println(mask(ResultJson.write(ResultJson.error(kind, code, describe(ex))), secrets));
    }
    return code;
  }

  private static boolean jsonOutput(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      OptionSpec output = level.matchedOption("--output");
      if (output != null && "JSON".equalsIgnoreCase(String.valueOf(output.getValue()))) {
        return true;
      }
    }
    return false;
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof RancherDeployException failure) {
      return failure.kind().exitCode();
    }
    if (ex instanceof InterruptedException || ex instanceof CancellationException) {
      return INTERRUPTED;
    }
    if (ex instanceof IllegalArgumentException) {
      return USAGE; // the engine's contract: bad input is an IAE or a ComposeException, before any
      // change
    }
    return 1;
  }

  private static String describe(Throwable ex) {
    if (ex instanceof InterruptedException || ex instanceof CancellationException) {
      return "interrupted.";
    }
    String message = ex.getMessage();
    if (message == null || message.isBlank()) {
      return ex.getClass().getSimpleName();
    }
    return ex instanceof RancherDeployException || ex instanceof IllegalArgumentException
        ? message
        : ex.getClass().getSimpleName() + ": " + message;
  }

  static boolean debug(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The values to mask: secret options given on the command line and secret-looking environment
   * values.
   */
  private List<String> secrets(ParseResult parseResult) {
    List<String> secrets = new ArrayList<>();
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      for (OptionSpec option : level.matchedOptions()) {
        if (option.longestName().contains("secret")) {
          Object value = option.getValue();
          if (value != null) {
            secrets.add(value.toString());
          }
        }
      }
    }
    context
        .env()
        .forEach(
            (key, value) -> {
              if (looksSecret(key)) {
                secrets.add(value);
              }
            });
    return secrets;
  }

  /**
   * Environment variables whose values never print: {@code *SECRET*}, {@code *PASSWORD*}, {@code
   * *TOKEN*}.
   */
  static boolean looksSecret(String variable) {
    String name = variable.toUpperCase(java.util.Locale.ROOT);
    return name.contains("SECRET") || name.contains("PASSWORD") || name.contains("TOKEN");
  }

  static String mask(String text, List<String> secrets) {
    String masked = text;
    for (String secret : secrets) {
      if (secret.length() >= 4) { // shorter values would mask ordinary words
        masked = masked.replace(secret, MASK);
      }
    }
    return masked;
  }
}
