package io.rancherdeploy.cli.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.cli.Printer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The users' story (examples/README.md) played against the embedded emulator, each step a
 * rancher-deploy command as a user would type it, each checked on the server's state: rm, up, logs,
 * a rolling upgrade to :1.0 under a live probe of the load balancer, scale to 2, a host lost and
 * replaced, the host back.
 */
final class DemoStory {
  static final String STACK = "stacksonstacks";
  static final String APP = "flask-nanoservice";
  static final String BALANCER = "RancherLB";
  static final String APP_HOST = "flask-nanoservice.examplez.com";
  static final int STEPS = 7;

  private final DemoCli cli;
  private final DemoFiles files;
  private final StackWatch watch;
  private final HostFailover failover;
  private final Printer printer;
  private final Duration deadline;
  private final String healthGrace;
  private final List<StepResult> results = new ArrayList<>();

  DemoStory(
      DemoCli cli,
      DemoFiles files,
      StackWatch watch,
      HostFailover failover,
      Printer printer,
      Duration deadline,
      Duration healthGrace) {
    this.healthGrace = healthGrace.toMillis() + "ms";
    this.cli = cli;
    this.files = files;
    this.watch = watch;
    this.failover = failover;
    this.printer = printer;
    this.deadline = deadline;
  }

  List<StepResult> play(Supplier<LoadProbe> probeFactory) {
    if (step("rm (clean start)", this::removeStack)
        && step("up", this::up)
        && step("logs", this::logs)) {
      try (LoadProbe probe = probeFactory.get()) {
        boolean upgraded = step("rolling upgrade to 1.0", () -> upgrade(probe));
        if (upgraded && step("scale to 2", this::scale)) {
          if (step("suspend a host", () -> failover.suspend(probe))) {
            step("host back", () -> failover.resume(probe));
          }
        }
      }
    }
    return List.copyOf(results);
  }

  private boolean step(String name, Supplier<StepResult.Outcome> body) {
    printer.info("=== " + name);
    long start = System.nanoTime();
    StepResult.Outcome outcome;
    try {
      outcome = body.get();
    } catch (RuntimeException e) {
      outcome = StepResult.Outcome.failed("unexpected: " + e);
    }
    results.add(
        new StepResult(
            name, outcome.passed(), Duration.ofNanos(System.nanoTime() - start), outcome.detail()));
    if (outcome.passed()) {
      printer.info("=== " + name + ": ok (" + outcome.detail() + ")");
    } else {
      printer.error("=== " + name + ": FAILED (" + outcome.detail() + ")");
    }
    return outcome.passed();
  }

  private StepResult.Outcome removeStack() {
    DemoCli.Run run = cli.run("rm", "-p", STACK, "--force");
    return run.exitCode() == 0 && watch.service(APP).isEmpty()
        ? StepResult.Outcome.passed("nothing left of " + STACK)
        : StepResult.Outcome.failed("exit " + run.exitCode());
  }

  private StepResult.Outcome up() {
    DemoCli.Run run =
        cli.run(
            "up",
            "-p",
            STACK,
            "-f",
            files.compose().toString(),
            "--create-stack",
            "-d",
            "--health-grace",
            healthGrace);
    List<ObjectNode> app = watch.running(APP);
    List<ObjectNode> balancer = watch.running(BALANCER);
    String detail =
        app.size()
            + " "
            + APP
            + " and "
            + balancer.size()
            + " "
            + BALANCER
            + " running, exit "
            + run.exitCode();
    return run.exitCode() == 0 && app.size() == 1 && balancer.size() == 1
        ? StepResult.Outcome.passed(detail)
        : StepResult.Outcome.failed(detail);
  }

  private StepResult.Outcome logs() {
    DemoCli.Run run = cli.run("logs", "-p", STACK, "--tail", "5", "-f", "--follow-for", "2s");
    long lines = run.out().lines().filter(l -> l.startsWith("[")).count();
    String detail = lines + " log lines, exit " + run.exitCode();
    return run.exitCode() == 0 && lines > 0
        ? StepResult.Outcome.passed(detail)
        : StepResult.Outcome.failed(detail);
  }

  private StepResult.Outcome upgrade(LoadProbe probe) {
    printer.info(
        "image: "
            + DemoFiles.OLD_IMAGE
            + " -> "
            + DemoFiles.NEW_IMAGE
            + " ("
            + files.composeWithNewImage()
            + "); probing the load balancer every 50 ms");
    LoadProbe.Counts before = probe.counts();
    DemoCli.Run run =
        cli.run(
            "up",
            "-p",
            STACK,
            "-f",
            files.composeWithNewImage().toString(),
            "-u",
            "--start-first",
            "--timeout",
            deadline.toSeconds() + "s",
            "--health-grace",
            healthGrace);
    LoadProbe.Counts during = probe.counts().since(before);
    List<ObjectNode> app = watch.running(APP);
    boolean allNew =
        !app.isEmpty()
            && app.stream().allMatch(c -> StackWatch.image(c).equals(DemoFiles.NEW_IMAGE));
    String detail =
        String.format(
            Locale.ROOT,
            "%d of %d requests failed; %d running %s",
            during.failed(),
            during.total(),
            app.size(),
            allNew ? "on 1.0" : "NOT all on 1.0");
    return run.exitCode() == 0 && allNew && during.failed() == 0
        ? StepResult.Outcome.passed(detail)
        : StepResult.Outcome.failed(detail + ", exit " + run.exitCode());
  }

  private StepResult.Outcome scale() {
    DemoCli.Run run = cli.run("scale", "-p", STACK, APP + "=2", "--health-grace", healthGrace);
    List<ObjectNode> app = watch.running(APP);
    var hosts = watch.hostsOf(app);
    String detail = app.size() + " running on " + hosts;
    return run.exitCode() == 0 && app.size() == 2 && hosts.size() == 2
        ? StepResult.Outcome.passed(detail)
        : StepResult.Outcome.failed(detail + ", exit " + run.exitCode());
  }
}
