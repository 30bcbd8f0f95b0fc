package io.rancherdeploy.cli.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.cli.Printer;
import io.rancherdeploy.emulator.EmulatorControl;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The users' open question: with the app on two of three hosts, one host goes down. How long until
 * a replacement runs on the third, how many requests are dropped meanwhile, and what happens when
 * the host is back. Rancher 1.6 replaces lost containers and does not move them back; the demo
 * shows that.
 */
final class HostFailover {
  private final EmulatorControl control;
  private final StackWatch watch;
  private final Printer printer;
  private final Duration deadline;
  private String suspendedHost = "";

  HostFailover(EmulatorControl control, StackWatch watch, Printer printer, Duration deadline) {
    this.control = control;
    this.watch = watch;
    this.printer = printer;
    this.deadline = deadline;
  }

  StepResult.Outcome suspend(LoadProbe probe) {
    List<ObjectNode> before = watch.running(DemoStory.APP);
    if (before.size() != 2) {
      return StepResult.Outcome.failed("expected 2 running containers, found " + before.size());
    }
    ObjectNode victim = before.get(0);
    suspendedHost = victim.path("hostId").asText();
    String hostName = watch.hostName(suspendedHost);
    Set<String> survivors = watch.hostsOf(List.of(before.get(1)));
    printer.info(
        "suspending "
            + hostName
            + ", which runs "
            + victim.path("name").asText()
            + "; probing the load balancer all along");
    LoadProbe.Counts start = probe.counts();
    long t0 = System.nanoTime();
    control.suspendHost(suspendedHost);
    boolean replaced =
        StackWatch.await(
            () -> {
              List<ObjectNode> now = watch.running(DemoStory.APP);
              return now.size() == 2
                  && now.stream().noneMatch(c -> suspendedHost.equals(c.path("hostId").asText()));
            },
            deadline);
    double seconds = (System.nanoTime() - t0) / 1e9;
    LoadProbe.Counts during = probe.counts().since(start);
    Set<String> hosts = watch.hostsOf(watch.running(DemoStory.APP));
    if (!replaced) {
      return StepResult.Outcome.failed(
          "no replacement within " + deadline.toSeconds() + "s; running on " + hosts);
    }
    hosts.removeAll(survivors);
    return StepResult.Outcome.passed(
        String.format(
            Locale.ROOT,
            "%s lost; replacement running on %s after %.1fs; %d of %d requests dropped",
            hostName,
            String.join(",", hosts),
            seconds,
            during.failed(),
            during.total()));
  }

  StepResult.Outcome resume(LoadProbe probe) {
    String hostName = watch.hostName(suspendedHost);
    LoadProbe.Counts start = probe.counts();
    control.resumeHost(suspendedHost);
    boolean active =
        StackWatch.await(
            () ->
                control
                    .resource(suspendedHost)
                    .map(h -> "active".equals(h.path("state").asText()))
                    .orElse(false),
            deadline);
    StackWatch.await(
        () -> false, Duration.ofSeconds(2)); // watch the app for a moment with the host back
    List<ObjectNode> app = watch.running(DemoStory.APP);
    LoadProbe.Counts during = probe.counts().since(start);
    String detail =
        String.format(
            Locale.ROOT,
            "%s %s; %s stays on %s (not moved back); %d of %d requests failed",
            hostName,
            active ? "active again" : "NOT active",
            DemoStory.APP,
            watch.hostsOf(app),
            during.failed(),
            during.total());
    return active && app.size() == 2 && during.failed() == 0
        ? StepResult.Outcome.passed(detail)
        : StepResult.Outcome.failed(detail);
  }
}
