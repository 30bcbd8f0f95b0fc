package io.rancherdeploy.bench.deploy;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * (a) From the in-process emulator's change of a service to {@code inactive} (its listener) to the
 * engine's {@code activate} request (its journal): 4 rounds of 25 new services, parallelism 8; the
 * first round is JIT warm-up and not counted.
 */
final class ReactionFigure {
  private ReactionFigure() {}

  static void run() {
    try (Rancher rancher = Rancher.inline(0);
        RancherClient client = rancher.connect()) {
      RancherEmulator emulator = (RancherEmulator) rancher.stop();
      Map<String, Long> changed = new ConcurrentHashMap<>();
      emulator
          .control()
          .addListener(
              change -> {
                if (change.resource().path("state").asText().equals("inactive")) {
                  changed.putIfAbsent(change.id(), System.nanoTime());
                }
              });
      long offset = System.nanoTime() - Instant.now().toEpochMilli() * 1_000_000L;
      List<Double> millis = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        emulator.control().clearRequests();
        changed.clear();
        List<DesiredService> services = GeneratedServices.chains(25, 1, "r" + round);
        new DeployEngine(client)
            .deploy(
                "react" + round,
                services,
                DeployBenchmark.options().createStack(true).parallelism(8).build(),
                DeployBenchmark.quiet());
        for (RecordedRequest r : emulator.control().requests()) {
          String[] parts = r.path().split("/");
          String id =
              parts[parts.length - 1].isEmpty() ? parts[parts.length - 2] : parts[parts.length - 1];
          if (r.query().getOrDefault("action", List.of("")).get(0).equals("activate")
              && changed.containsKey(id)
              && round > 0) {
            long requestNanos =
                r.time().getEpochSecond() * 1_000_000_000L + r.time().getNano() + offset;
            millis.add((requestNanos - changed.get(id)) / 1e6);
          }
        }
      }
      Collections.sort(millis);
      double median = pct(millis, 50);
      System.out.printf(
          "(a) state change -> engine request: median %.1f ms, p90 %.1f ms, max %.1f ms over %d "
              + "services (first round is JIT warm-up, not counted); target median at most 20 ms:"
              + " %s%n",
          median,
          pct(millis, 90),
          millis.isEmpty() ? 0 : millis.get(millis.size() - 1),
          millis.size(),
          !millis.isEmpty() && median <= 20 ? "MET" : "NOT MET");
    }
  }

  private static double pct(List<Double> sorted, int p) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }
}
