package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The compose input cannot be deployed. Holds every problem found (all problems of a file together,
 * never just the first), each with its file, line, column, field path and likely fix. Its message
 * lists them all, one per line, and never carries a variable's value or a stack trace worth
 * showing.
 */
public final class ComposeException extends RancherDeployException {
  private final transient List<ComposeProblem> problems;

  public ComposeException(List<ComposeProblem> problems) {
    super(ErrorKind.INVALID_INPUT, format(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ComposeException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<ComposeProblem> problems() {
    return problems;
  }

  private static String format(List<ComposeProblem> problems) {
    String header =
        problems.size() == 1
            ? "The compose files have 1 problem:"
            : "The compose files have " + problems.size() + " problems:";
    return problems.stream()
        .map(problem -> "  " + problem.describe())
        .collect(Collectors.joining("\n", header + "\n", ""));
  }
}
