package io.rancherdeploy.cli.options;

import picocli.CommandLine.Option;

/** How results are printed: for a person (default), as JSON for a machine, or quietly. */
public final class OutputOptions {
  /** The output formats. */
  public enum Format {
    HUMAN,
    JSON
  }

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "human",
      description =
          "human (default) or json: the machine-readable result on stdout, progress on stderr.")
  Format format = Format.HUMAN;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only warnings, errors and the result.")
  boolean quiet;

  @Option(
      names = {"--debug", "--verbose"},
      description = "Print more detail, and a stack trace on errors (secrets still masked).")
  boolean debug;

  @Option(names = "--no-color", description = "No colour, even on a terminal (also: NO_COLOR set).")
  boolean noColor;

  public boolean json() {
    return format == Format.JSON;
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean debug() {
    return debug;
  }

  public boolean noColor() {
    return noColor;
  }
}
