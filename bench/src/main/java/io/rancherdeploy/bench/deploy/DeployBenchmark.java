package io.rancherdeploy.bench.deploy;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.compose.ComposeLoader;
import io.rancherdeploy.core.compose.ComposeSource;
import io.rancherdeploy.core.deploy.DeployEngine;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deploy engine's figures against the emulator on loopback: (a) state change to reaction, (b)
 * requests per deploy of the example stack, (c) a 100-service rolling upgrade against its longest
 * chain, (e) a 500-service stack (run with -Xmx128m). Prints figures and the machine; asserts
 * nothing.
 */
public final class DeployBenchmark {
  private DeployBenchmark() {}

  public static void main(String[] args) {
    String which = args.length == 0 ? "all" : args[0];
    System.out.println("Deploy engine benchmark on " + machine());
    if (which.equals("all") || which.equals("requests")) {
      requests();
    }
    if (which.equals("all") || which.equals("reaction")) {
      reaction();
    }
    if (which.equals("all") || which.equals("rolling")) {
      rolling();
    }
    if (which.equals("all") || which.equals("large")) {
      large(args.length > 1 ? Integer.parseInt(args[1]) : 500);
    }
  }

  static RancherEmulator emulator(double speed) {
    return RancherEmulator.builder().port(0).speed(speed).seed(42).hosts(3).start();
  }

  static RancherClient connect(RancherEmulator emulator) {
    return RancherClient.connect(RancherEndpoint.builder(emulator.url())
        .apiKey(ApiKey.of(emulator.accessKey(), emulator.secretKey())).build());
  }

  static DeployOptions.Builder options() {
    return DeployOptions.builder().healthGrace(Duration.ofMillis(100));
  }

  /**
   * (b) Requests for the example stack: fresh, unchanged, one image changed; with and without
   * connecting.
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
    try (RancherEmulator rancher = emulator(0)) {
      String[] runs = {"fresh", "unchanged", "upgrade one image"};
      for (String run : runs) {
        rancher.control().clearRequests();
        try (RancherClient client = connect(rancher)) {
          int connect = rancher.control().requests().size();
          DeployOptions.Builder builder = options().createStack(run.equals("fresh"));
          if (run.equals("upgrade one image")) {
            builder.image("flask-nanoservice", "smoll/flask-nanoservice:v2");
          }
          DeployOptions options = builder.build();
          DeployResult result =
              new DeployEngine(client).deploy("stacksonstacks", files, options, e -> {});
          List<RecordedRequest> all = rancher.control().requests();
          System.out.printf(
              "(b) %-18s %s: %d requests (%d to connect incl. the events socket, %d by the"
                  + " engine)%n",
              run, result.outcome(), all.size(), connect, all.size() - connect);
          if (Boolean.getBoolean("journal")) {
            all.forEach(
                r -> System.out.println("    " + r.line() + " " + r.query() + " " + r.status()));
          }
        }
      }
    }
  }

  /** (a) From the emulator's change of a service to inactive to the engine's activate request. */
  static void reaction() {
    try (RancherEmulator rancher = emulator(0); RancherClient client = connect(rancher)) {
      Map<String, Long> changed = new ConcurrentHashMap<>();
      rancher.control().addListener(change -> {
        if (change.resource().path("state").asText().equals("inactive")) {
          changed.putIfAbsent(change.id(), System.nanoTime());
        }
      });
      long offset = System.nanoTime() - Instant.now().toEpochMilli() * 1_000_000L;
      List<Double> millis = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        rancher.control().clearRequests();
        changed.clear();
        List<DesiredService> services = GeneratedServices.chains(25, 1, "r" + round);
        new DeployEngine(client)
            .deploy(
                "react" + round,
                services,
                options().createStack(true).parallelism(8).build(),
                e -> {});
        for (RecordedRequest r : rancher.control().requests()) {
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
      System.out.printf(
          "(a) state change -> engine request: median %.1f ms, p90 %.1f ms, max %.1f ms over %d "
              + "services (first round is JIT warm-up, not counted)%n",
          pct(millis, 50),
          pct(millis, 90),
          millis.isEmpty() ? 0 : millis.get(millis.size() - 1),
          millis.size());
    }
  }

  /** (c) 100 services in 20 chains of 5, all upgraded, against one chain of 5 alone. */
  static void rolling() {
    double speed = Double.parseDouble(System.getProperty("speed", "0.05"));
    try (RancherEmulator rancher = emulator(speed); RancherClient client = connect(rancher)) {
      DeployEngine engine = new DeployEngine(client);
      DeployOptions create = options().createStack(true).parallelism(100).build();
      engine.deploy("chain", GeneratedServices.chains(1, 5, "1"), create, e -> {});
      engine.deploy("hundred", GeneratedServices.chains(20, 5, "1"), create, e -> {});
      DeployOptions upgrade = options().parallelism(100).build();
      Instant a = Instant.now();
      DeployResult one =
          engine.deploy("chain", GeneratedServices.chains(1, 5, "2"), upgrade, e -> {});
      Duration chain = Duration.between(a, Instant.now());
      Instant b = Instant.now();
      DeployResult all =
          engine.deploy("hundred", GeneratedServices.chains(20, 5, "2"), upgrade, e -> {});
      Duration hundred = Duration.between(b, Instant.now());
      System.out.printf(
          "(c) emulator speed %.2f: longest chain (5 services) %s in %d ms; 100 services (20 chains"
              + " of 5) %s in %d ms; ratio %.2f%n",
          speed,
          one.outcome(),
          chain.toMillis(),
          all.outcome(),
          hundred.toMillis(),
          hundred.toMillis() / (double) chain.toMillis());
    }
  }

  /** (e) A stack of n independent services, created then re-planned; run with -Xmx128m. */
  static void large(int n) {
    try (RancherEmulator rancher = emulator(0); RancherClient client = connect(rancher)) {
      DeployEngine engine = new DeployEngine(client);
      List<DesiredService> services = GeneratedServices.chains(n, 1, "1");
      Instant a = Instant.now();
      DeployResult result =
          engine.deploy(
              "large", services, options().createStack(true).parallelism(8).build(), e -> {});
      Duration took = Duration.between(a, Instant.now());
      Instant b = Instant.now();
      boolean nothing = engine.plan("large", services, options().build()).changesNothing();
      Duration replan = Duration.between(b, Instant.now());
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
      System.out.printf(
          "(e) %d services: %s in %d ms (%d running), re-plan changes nothing: %s (%d ms); heap max"
              + " %d MB, peak used %d MB (emulator in the same JVM)%n",
          n,
          result.outcome(),
          took.toMillis(),
          result.services().stream().mapToInt(s -> s.runningInstances()).sum(),
          nothing,
          replan.toMillis(),
          Runtime.getRuntime().maxMemory() / (1024 * 1024),
          peak);
    }
  }

  private static double pct(List<Double> sorted, int p) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }

  private static String machine() {
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version")
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch")
        + String.format(
            ", max heap %d MB, load average %.1f",
            Runtime.getRuntime().maxMemory() / (1024 * 1024),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
