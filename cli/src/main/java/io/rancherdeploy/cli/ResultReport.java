package io.rancherdeploy.cli;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.ServiceResult;
import java.util.List;
import java.util.Locale;

/** Prints a {@link DeployResult} (a table for a person, or JSON) and gives its exit code. */
final class ResultReport {
  private ResultReport() {}

  static int exitCode(DeployResult result) {
    if (result.outcome() == Outcome.SUCCESS) {
      return 0;
    }
    return result.outcome() == Outcome.ABORTED
        ? ErrorKind.INTERRUPTED.exitCode()
        : ErrorKind.DEPLOY_FAILED.exitCode();
  }

  static int print(Printer printer, String verb, DeployResult result) {
    int code = exitCode(result);
    if (printer.json()) {
      printer.resultJson(ResultJson.write(ResultJson.of(result, code)));
    } else if (!result.services().isEmpty()) {
      printer.result(table(result.services()));
    }
    String seconds = String.format(Locale.ROOT, "%.1fs", result.elapsed().toMillis() / 1000.0);
    if (result.succeeded()) {
      printer.info(verb + " of stack " + result.stack() + " succeeded in " + seconds + ".");
    } else {
      result.failure().ifPresent(failure -> reportFailure(printer, verb, result, failure, seconds));
    }
    return code;
  }

  private static void reportFailure(
      Printer printer, String verb, DeployResult result, DeployFailure failure, String seconds) {
    String outcome =
        switch (result.outcome()) {
          case ROLLED_BACK -> "failed and was rolled back";
          case ABORTED -> "was interrupted";
          default -> "failed";
        };
    printer.error(
        verb
            + " of stack "
            + result.stack()
            + " "
            + outcome
            + " after "
            + seconds
            + ": "
            + failure.describe());
    failure.recentEvents().forEach(event -> printer.error("  Rancher event: " + event));
    failure.lastLogLines().forEach(line -> printer.error("  log: " + line));
  }

  static String table(List<ServiceResult> services) {
    int width = Math.max(7, services.stream().mapToInt(s -> s.service().length()).max().orElse(0));
    String format = "%-" + width + "s  %-11s  %-14s  %9s  %s%n";
    StringBuilder table =
        new StringBuilder(
            String.format(Locale.ROOT, format, "SERVICE", "ACTION", "STATE", "RUNNING", "IMAGE"));
    for (ServiceResult s : services) {
      String image =
          s.oldImage().equals(s.newImage()) || s.oldImage().isEmpty()
              ? s.newImage().orElse("")
              : s.oldImage().get() + " -> " + s.newImage().orElse("?");
      table.append(
          String.format(
              Locale.ROOT,
              format,
              s.service(),
              s.action().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              s.finalState(),
              s.runningInstances() + "/" + s.desiredInstances(),
              image));
    }
    return table.toString().stripTrailing();
  }
}
