package io.rancherdeploy.bench.emulator;

import io.rancherdeploy.bench.Machine;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.time.Duration;

/**
 * Measures the emulator on loopback and prints the figures with the machine: requests per second
 * (target 2,000/s on 2 cores) and concurrent log websockets served with lines in order (target
 * 200).
 *
 * <p>Arguments (all optional): {@code clients=8 warmup=10 seconds=20 sockets=200 hold=10 scale=10};
 * the warm-up lets the JIT finish, whose compiler threads would otherwise count in the CPU figure.
 */
public final class EmulatorBenchmark {

  private EmulatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = arg(args, "clients", 8);
    int warmup = arg(args, "warmup", 10);
    int seconds = arg(args, "seconds", 20);
    int sockets = arg(args, "sockets", 200);
    int hold = arg(args, "hold", 10);
    int scale = arg(args, "scale", 10);
    System.out.println("Emulator benchmark on " + Machine.current().describe());
    try (RancherEmulator rancher =
        RancherEmulator.builder()
            .port(0)
            .speed(0)
            .seed(42)
            .hosts(3)
            .plugin(new LogsPlugin())
            .start()) {
      BenchApi api = new BenchApi(rancher.url(), rancher.accessKey(), rancher.secretKey());
      BenchApi.Deployed deployed = api.deploy("bench", scale, Duration.ofSeconds(60));
      RequestRate rate = new RequestRate(api, deployed);
      rate.run(clients, Duration.ofSeconds(warmup));
      RequestRate.Result requests = rate.run(clients, Duration.ofSeconds(seconds));
      System.out.printf(
          "HTTP: %,.0f requests/s (%d clients, keep-alive, %d s): %,d answered, %d failed, "
              + "p50 %.2f ms, p99 %.2f ms%n",
          requests.perSecond(),
          requests.clients(),
          seconds,
          requests.ok(),
          requests.failed(),
          requests.p50Micros() / 1000.0,
          requests.p99Micros() / 1000.0);
      System.out.printf(
          "HTTP CPU: %,.0f requests per CPU-second of this process (emulator and clients), "
              + "%.1f s of CPU in %.1f s%n",
          requests.perCpuSecond(),
          requests.processCpu().toNanos() / 1e9,
          requests.elapsed().toNanos() / 1e9);
      LogSocketLoad.Result logs =
          new LogSocketLoad(api, deployed.containerIds()).run(sockets, Duration.ofSeconds(hold));
      System.out.printf(
          "Log websockets: %d of %d served with lines in order for %d s (%d opened), "
              + "%,d lines (%,.0f lines/s), %d out of order, over %d containers%n",
          logs.served(),
          logs.asked(),
          hold,
          logs.opened(),
          logs.lines(),
          logs.linesPerSecond(),
          logs.outOfOrder(),
          deployed.containerIds().size());
      api.http.dispatcher().executorService().shutdown();
      api.http.connectionPool().evictAll();
    }
  }

  private static int arg(String[] args, String name, int fallback) {
    for (String arg : args) {
      if (arg.startsWith(name + "=")) {
        return Integer.parseInt(arg.substring(name.length() + 1));
      }
    }
    return fallback;
  }
}
