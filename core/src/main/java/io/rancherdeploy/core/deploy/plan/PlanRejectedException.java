package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;
import java.util.List;

/**
 * The deploy was refused before any change on the server: every problem found, each naming the
 * service or option involved, why, and the fix.
 */
public class PlanRejectedException extends RancherDeployException {
  private final List<String> problems;

  public PlanRejectedException(String stack, List<String> problems) {
    super(ErrorKind.INVALID_INPUT, message(stack, problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(String stack, List<String> problems) {
    StringBuilder s =
        new StringBuilder("deploy of stack ")
            .append(stack)
            .append(" refused before any change (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.forEach(p -> s.append("\n  - ").append(p));
    return s.toString();
  }
}
