package io.rancherdeploy.bench.deploy;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import java.time.Duration;
import java.util.List;

/**
 * (c) A rolling upgrade of 100 services in 20 chains of 5 (each links to the one before), all
 * upgraded with parallelism 100, against its longest chain (5 services) upgraded alone. Each is
 * measured {@code rounds} times (an upgrade, then the next image tag); the medians are compared.
 */
final class RollingFigure {
  private RollingFigure() {}

  static void run(int rounds) {
    double speed = Double.parseDouble(System.getProperty("speed", "0.05"));
    try (Rancher rancher = Rancher.start(speed);
        RancherClient client = rancher.connect()) {
      DeployEngine engine = new DeployEngine(client);
      DeployOptions create = DeployBenchmark.options().createStack(true).parallelism(100).build();
      must(engine.deploy("chain", GeneratedServices.chains(1, 5, "0"), create, e -> {}));
      must(engine.deploy("hundred", GeneratedServices.chains(20, 5, "0"), create, e -> {}));
      DeployOptions upgrade = DeployBenchmark.options().parallelism(100).build();
      long[] chain = new long[rounds];
      long[] hundred = new long[rounds];
      for (int round = 0; round < rounds; round++) {
        String tag = Integer.toString(round + 1);
        chain[round] = timed(engine, "chain", GeneratedServices.chains(1, 5, tag), upgrade);
        Duration emulatorCpu = rancher.emulatorCpu();
        Duration engineCpu = Rancher.ownCpu();
        hundred[round] = timed(engine, "hundred", GeneratedServices.chains(20, 5, tag), upgrade);
        System.out.printf(
            "(c) round %d: chain of 5 %d ms; 100 services %d ms, CPU used meanwhile: engine JVM"
                + " %d ms, emulator process %d ms%n",
            round + 1,
            chain[round],
            hundred[round],
            Rancher.ownCpu().minus(engineCpu).toMillis(),
            rancher.emulatorCpu().minus(emulatorCpu).toMillis());
      }
      long c = DeployBenchmark.median(chain);
      long h = DeployBenchmark.median(hundred);
      double ratio = h / (double) c;
      System.out.printf(
          "(c) emulator speed %.2f, %s: longest chain (5 services) %d ms, 100 services (20 chains"
              + " of 5, parallelism 100) %d ms (medians of %d rounds); ratio %.2f, target at most"
              + " 1.5: %s%n",
          speed, rancher.where(), c, h, rounds, ratio, ratio <= 1.5 ? "MET" : "NOT MET");
    }
  }

  private static long timed(
      DeployEngine engine, String stack, List<DesiredService> files, DeployOptions options) {
    long from = System.nanoTime();
    DeployResult result = engine.deploy(stack, files, options, DeployBenchmark.quiet());
    long millis = Duration.ofNanos(System.nanoTime() - from).toMillis();
    must(result);
    return millis;
  }

  static void must(DeployResult result) {
    if (!result.succeeded()) {
      throw new IllegalStateException(
          result.stack()
              + ": "
              + result.outcome()
              + " "
              + result.failure().map(f -> f.describe()).orElse(""));
    }
  }
}
