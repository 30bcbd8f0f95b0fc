package io.rancherdeploy.cli.options;

import io.rancherdeploy.cli.InvalidInputException;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The stack to act on. Always explicit: a name derived from a CI workspace ({@code job@2}) is a
 * trap.
 */
public final class StackOptions {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

  @Option(
      names = {"-p", "--project-name", "-s", "--stack"},
      required = true,
      paramLabel = "STACK",
      description =
          "The stack (rancher-compose's project name). Required; never derived from the directory.")
  String stack;

  public String stack() {
    if (!NAME.matcher(stack).matches()) {
      throw new InvalidInputException(
          "The stack name '"
              + stack
              + "' is not valid: use letters, digits and "
              + "hyphens (up to 63), starting with a letter or digit, e.g. -p stacksonstacks.");
    }
    return stack;
  }
}
