package io.rancherdeploy.bench.emulator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests per second on loopback: {@code clients} threads, each with a keep-alive connection, send
 * the GETs a deploying client sends (a service by id, lookups by name, a stack, the containers
 * list) in turn for a fixed time; every answer is read in full.
 */
final class RequestRate {

  /** The figures of one run. */
  record Result(
      int clients,
      long ok,
      long failed,
      Duration elapsed,
      long p50Micros,
      long p99Micros,
      Duration processCpu) {

    double perSecond() {
      return ok / (elapsed.toNanos() / 1e9);
    }

    /**
     * Answers per second of CPU this process used (server and clients together): what 1 core would
     * give with nothing else running. It does not depend on how busy the machine is.
     */
    double perCpuSecond() {
      return ok / (processCpu.toNanos() / 1e9);
    }
  }

  private final BenchApi api;
  private final List<String> paths;

  RequestRate(BenchApi api, BenchApi.Deployed deployed) {
    this.api = api;
    this.paths =
        List.of(
            "/services/" + deployed.serviceId(),
            "/services?name=web&removed_null=%3Cnil%3E&stackId=" + deployed.stackId(),
            "/stacks/" + deployed.stackId(),
            "/stacks?name=bench&removed_null=1",
            "/serviceConsumeMaps?serviceId=" + deployed.serviceId(),
            "/containers/" + deployed.containerIds().get(0));
  }

  Result run(int clients, Duration duration) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      long end = start + duration.toNanos();
      List<Future<long[]>> runs = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int offset = i;
        runs.add(pool.submit(() -> loop(offset, end)));
      }
      List<long[]> latencies = new ArrayList<>();
      long failed = 0;
      for (Future<long[]> run : runs) {
        long[] result = run.get();
        failed += result[0];
        latencies.add(Arrays.copyOfRange(result, 1, result.length));
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      Duration cpu = Duration.ofNanos(processCpuNanos() - cpuStart);
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return new Result(
          clients, all.length, failed, elapsed, percentile(all, 0.50), percentile(all, 0.99), cpu);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Index 0: failures; then the latency in microseconds of each good answer. */
  private long[] loop(int offset, long end) throws IOException {
    long[] samples = new long[1 << 16];
    int count = 1;
    long failed = 0;
    for (int turn = offset; System.nanoTime() < end; turn++) {
      long sent = System.nanoTime();
      boolean ok = api.probe(paths.get(turn % paths.size()));
      long micros = (System.nanoTime() - sent) / 1_000;
      if (!ok) {
        failed++;
      } else {
        if (count == samples.length) {
          samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = micros;
      }
    }
    samples[0] = failed;
    return Arrays.copyOf(samples, count);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long percentile(long[] sorted, double share) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
  }
}
