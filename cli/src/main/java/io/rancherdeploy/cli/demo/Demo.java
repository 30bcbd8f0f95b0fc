package io.rancherdeploy.cli.demo;

import io.rancherdeploy.cli.CliContext;
import io.rancherdeploy.cli.Printer;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.balancer.BalancerPlugin;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo: an embedded Rancher emulator with three hosts, the users' story on it, a summary table.
 */
public final class Demo {
  /**
   * How the demo runs: emulator speed, seed and port, where the stack's files are, the deadline of
   * each wait.
   */
  public record Settings(
      double speed,
      long seed,
      int port,
      Path stackDirectory,
      Duration deadline,
      Duration healthGrace) {}

  private Demo() {}

  /** Plays the story; 0 only when every step did what it should. */
  public static int play(CliContext context, Printer printer, Settings settings) {
    BalancerPlugin balancers = new BalancerPlugin();
    try (RancherEmulator rancher =
            RancherEmulator.builder()
                .port(settings.port())
                .speed(settings.speed())
                .seed(settings.seed())
                .hosts(3)
                .plugin(new LogsPlugin())
                .plugin(balancers)
                .start();
        DemoFiles files = DemoFiles.prepare(settings.stackDirectory())) {
      printer.info(
          "Rancher emulator (API 1.6) at "
              + rancher.url()
              + " with 3 hosts, speed "
              + settings.speed()
              + "; stack files from "
              + files.origin());
      printer.info(
          "Each step runs rancher-deploy with RANCHER_URL="
              + rancher.url()
              + ", RANCHER_ACCESS_KEY="
              + rancher.accessKey()
              + " and RANCHER_SECRET_KEY set, as a CI job would.");
      DemoCli cli =
          new DemoCli(
              context,
              Map.of(
                  "RANCHER_URL",
                  rancher.url().toString(),
                  "RANCHER_ACCESS_KEY",
                  rancher.accessKey(),
                  "RANCHER_SECRET_KEY",
                  rancher.secretKey()));
      StackWatch watch = new StackWatch(rancher.control(), DemoStory.STACK);
      HostFailover failover =
          new HostFailover(rancher.control(), watch, printer, settings.deadline());
      DemoStory story =
          new DemoStory(
              cli, files, watch, failover, printer, settings.deadline(), settings.healthGrace());
      List<StepResult> results =
          story.play(
              () ->
                  new LoadProbe(
                      balancerUrl(rancher, balancers, settings.deadline()),
                      DemoStory.APP_HOST,
                      Duration.ofMillis(50)));
      context.out().println();
      printer.result(SummaryTable.render(results));
      printer.resultJson(SummaryTable.json(results));
      boolean complete =
          results.size() == DemoStory.STEPS && results.stream().allMatch(StepResult::passed);
      return complete ? 0 : 1;
    }
  }

  /** Where the emulator's load balancer answers on loopback for the rule's source port 80. */
  static URI balancerUrl(RancherEmulator rancher, BalancerPlugin balancers, Duration deadline) {
    String id =
        rancher
            .control()
            .service(DemoStory.STACK, DemoStory.BALANCER)
            .orElseThrow(
                () -> new IllegalStateException("there is no " + DemoStory.BALANCER + " service"))
            .path("id")
            .asText();
    return balancers.awaitPort(id, 80, deadline).url();
  }
}
