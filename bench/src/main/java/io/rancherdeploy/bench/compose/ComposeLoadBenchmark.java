package io.rancherdeploy.bench.compose;

import io.rancherdeploy.bench.Machine;
import io.rancherdeploy.core.compose.ComposeLoader;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.compose.ComposeSource;
import io.rancherdeploy.core.compose.ServiceSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;

/**
 * Loads, interpolates, validates and converts a generated stack (500 services by default) again and
 * again, and prints the time per load after warm-up with the machine it ran on. Target: under 200
 * ms per load.
 *
 * <p>Usage: {@code java -cp ... io.rancherdeploy.bench.compose.ComposeLoadBenchmark [services]
 * [warmup] [runs]}
 */
public final class ComposeLoadBenchmark {
  private ComposeLoadBenchmark() {}

  public static void main(String[] args) {
    int services = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String compose = GeneratedStack.dockerCompose(services);
    String rancher = GeneratedStack.rancherCompose(services);
    ComposeSource source =
        ComposeSource.builder()
            .composeFile("docker-compose.yml", compose)
            .rancherComposeFile("rancher-compose.yml", rancher)
            .variables(Map.of("TAG", "1.4.2", "DB_PASSWORD", "not-a-real-secret"))
            .build();

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long firstCpu = threads.getCurrentThreadCpuTime();
    long firstNanos = System.nanoTime();
    ComposeProject first = ComposeLoader.load(source);
    double firstMs = (System.nanoTime() - firstNanos) / 1e6;
    double firstCpuMs = (threads.getCurrentThreadCpuTime() - firstCpu) / 1e6;
    for (int i = 0; i < warmup; i++) {
      consume(ComposeLoader.load(source));
    }
    double[] millis = new double[runs];
    double[] cpuMillis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long allocated = allocatedBytes(threads);
      consume(ComposeLoader.load(source));
      allocatedMb = (allocatedBytes(threads) - allocated) / (1024.0 * 1024.0);
      millis[i] = (System.nanoTime() - start) / 1e6;
      cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    System.out.printf(
        "compose load: %d services (%d sidekicks), %d KB docker-compose.yml + %d KB"
            + " rancher-compose.yml%n",
        first.services().size(),
        first.services().stream().mapToInt(s -> s.sidekicks().size()).sum(),
        compose.length() / 1024,
        rancher.length() / 1024);
    System.out.printf("  first (cold) load: %.1f ms, %.1f ms CPU%n", firstMs, firstCpuMs);
    System.out.printf(
        "  after %d warm-up loads, %d runs: median %.1f ms, min %.1f ms, p90 %.1f ms, max %.1f ms"
            + " (target < 200 ms)%n",
        warmup, runs, millis[runs / 2], millis[0], millis[(int) (runs * 0.9)], millis[runs - 1]);
    System.out.printf(
        "  CPU time of the loading thread: median %.1f ms, min %.1f ms, p90 %.1f ms"
            + " (what the load costs when the machine is busy with other work)%n",
        cpuMillis[runs / 2], cpuMillis[0], cpuMillis[(int) (runs * 0.9)]);
    System.out.printf("  allocated per load: %.0f MB%n", allocatedMb);
    System.out.println("  machine: " + Machine.current().describe());
    System.out.printf(
        "  system load average during the run: %.1f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static int sink;
  private static double allocatedMb;

  private static long allocatedBytes(ThreadMXBean threads) {
    return threads instanceof com.sun.management.ThreadMXBean sun
        ? sun.getThreadAllocatedBytes(Thread.currentThread().getId())
        : 0;
  }

  private static void consume(ComposeProject project) {
    for (ServiceSpec service : project.services()) {
      sink += service.hashes().launchConfig().charAt(0);
    }
  }
}
