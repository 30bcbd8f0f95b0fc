package io.rancherdeploy.bench.deploy;

import io.rancherdeploy.bench.Machine;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.compose.ComposeLoader;
import io.rancherdeploy.core.compose.ComposeSource;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployListener;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.DesiredServices;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The deploy engine's figures against the emulator on loopback: (a) state change to reaction, (b)
 * requests per deploy of the example stack, (c) a 100-service rolling upgrade against its longest
 * chain, (e) a 500-service stack (run with -Xmx128m). Prints each figure with its target, the
 * machine, the time and the load average before and after; asserts nothing.
 */
public final class DeployBenchmark {
  private DeployBenchmark() {}

  public static void main(String[] args) {
    String which = args.length == 0 ? "all" : args[0];
    System.out.println(
        "Deploy engine benchmark '"
            + String.join(" ", args)
            + "' at "
            + Instant.now().truncatedTo(ChronoUnit.SECONDS)
            + " on "
            + Machine.current().describe());
    if (which.equals("all") || which.equals("requests")) {
      requests();
    }
    if (which.equals("all") || which.equals("reaction")) {
      ReactionFigure.run();
    }
    if (which.equals("all") || which.equals("rolling")) {
      RollingFigure.run(args.length > 1 ? Integer.parseInt(args[1]) : 3);
    }
    if (which.equals("all") || which.equals("large")) {
      LargeFigure.run(args.length > 1 ? Integer.parseInt(args[1]) : 500);
    }
    System.out.printf(
        "Done at %s, load average %.2f%n",
        Instant.now().truncatedTo(ChronoUnit.SECONDS), loadAverage());
  }

  static DeployOptions.Builder options() {
    return DeployOptions.builder().healthGrace(Duration.ofMillis(100));
  }

  static DeployListener quiet() {
    return e -> {};
  }

  /**
   * (b) Requests for the example stack, counted in the in-process emulator's journal: fresh,
   * unchanged, one image changed; connecting included. {@code -Djournal=true} lists them.
   */
  static void requests() {
    Path dir = Path.of(System.getProperty("examples", "examples/stacksonstacks"));
    List<DesiredService> files =
        DesiredServices.of(
            ComposeLoader.load(
                ComposeSource.builder()
                    .composeFile(dir.resolve("docker-compose.yml"))
                    .rancherComposeFile(dir.resolve("rancher-compose.yml"))
                    .build()));
    String[] runs = {"fresh", "unchanged", "upgrade one image"};
    int[] targets = {20, 6, 12};
    try (Rancher rancher = Rancher.inline(0)) {
      RancherEmulator emulator = (RancherEmulator) rancher.stop();
      for (int i = 0; i < runs.length; i++) {
        emulator.control().clearRequests();
        try (RancherClient client = rancher.connect()) {
          int connect = emulator.control().requests().size();
          DeployOptions.Builder builder = options().createStack(i == 0);
          if (i == 2) {
            builder.image("flask-nanoservice", "smoll/flask-nanoservice:v2");
          }
          DeployResult result =
              new DeployEngine(client).deploy("stacksonstacks", files, builder.build(), quiet());
          List<RecordedRequest> all = emulator.control().requests();
          System.out.printf(
              "(b) %-18s %s: %d requests (%d to connect incl. the events socket, %d by the"
                  + " engine); target at most %d: %s%n",
              runs[i],
              result.outcome(),
              all.size(),
              connect,
              all.size() - connect,
              targets[i],
              all.size() <= targets[i] && result.succeeded() ? "MET" : "NOT MET");
          if (Boolean.getBoolean("journal")) {
            all.forEach(r -> System.out.println("    " + r.line() + " " + r.query()));
          }
        }
      }
    }
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
