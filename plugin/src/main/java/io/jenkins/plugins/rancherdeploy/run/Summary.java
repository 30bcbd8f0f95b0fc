package io.jenkins.plugins.rancherdeploy.run;

import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.ServiceResult;
import java.io.PrintStream;
import java.util.Locale;

/** The end-of-deploy table in the console: one line per service, then the outcome (and why). */
final class Summary {
  private Summary() {}

  static void print(DeployResult result, PrintStream log) {
    for (ServiceResult s : result.services()) {
      log.printf(
          "Rancher: %-24s %-11s %-14s %d/%d running%s%n",
          s.service(),
          s.action().name().toLowerCase(Locale.ROOT),
          s.finalState(),
          s.runningInstances(),
          s.desiredInstances(),
          s.newImage().map(i -> "  " + i).orElse(""));
    }
    log.printf(
        "Rancher: stack %s: %s in %ds%n",
        result.stack(), result.outcome(), result.elapsed().toSeconds());
    result
        .failure()
        .ifPresent(
            f -> {
              log.println("Rancher: " + f.describe());
              f.recentEvents().forEach(e -> log.println("Rancher:   event: " + e));
              f.lastLogLines().forEach(l -> log.println("Rancher:   log: " + l));
            });
  }
}
