package io.rancherdeploy.bench.logs;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.api.ResourceState;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.logs.LogLine;
import io.rancherdeploy.core.logs.LogStreamer;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.logs.LogBehaviour;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Log throughput from 20 containers through the whole chain: the emulator's log websockets, the
 * client's {@link LogStreamer} (logs action, websocket, frame parsing, masking, bounded queue) and
 * one consumer that checks every container's line numbers for loss, repeats and reordering. Prints
 * lines per second, the checks and the heap, with the machine. Targets: 100,000 lines/s, heap under
 * 64 MiB (run with {@code -Xmx64m}), no line lost or reordered within a container. The emulator
 * runs in the same JVM, so the heap figure includes its log buffers (2,000 lines per container).
 *
 * <p>Arguments (all optional): {@code containers=20 rate=5000 seconds=10 warmup=3 queue=10000
 * tail=1}, where {@code rate} is the lines per second each container writes.
 */
public final class LogThroughputBenchmark {
  /** The emulator writes logs 20 times faster than their behaviour's rate at speed 0. */
  private static final double SPEED_ZERO_FACTOR = 20.0;

  private LogThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int containers = arg(args, "containers", 20);
    int rate = arg(args, "rate", 5000);
    int seconds = arg(args, "seconds", 10);
    int warmup = arg(args, "warmup", 3);
    int queue = arg(args, "queue", 10_000);
    int tail = arg(args, "tail", 1);
    System.out.println("Log throughput benchmark on " + machine());
    System.out.printf(
        "%d containers writing %,d lines/s each (%,d lines/s in all), queue %,d lines, "
            + "%d s warm-up, %d s measured%n",
        containers, rate, containers * rate, queue, warmup, seconds);
    LogBehaviour behaviour = new LogBehaviour(rate / SPEED_ZERO_FACTOR, 0.1, List.of(),
        List.of("10.42.0.1 - - \"GET /index.html HTTP/1.1\" 200 612 (request {n})"),
        List.of("WARNING: slow answer (request {n})"));
    LogsPlugin plugin = new LogsPlugin().defaultImage(behaviour);
    try (RancherEmulator rancher = RancherEmulator.builder().port(0).speed(0).seed(42).hosts(3)
            .plugin(plugin).start();
        RancherClient client = RancherClient.connect(RancherEndpoint.builder(rancher.url())
            .apiKey(ApiKey.of(rancher.accessKey(), rancher.secretKey())).build())) {
      Service service = deploy(client, containers);
      try (LogStreamer logs = LogStreamer.builder(client).services(List.of(service)).tail(tail)
          .queueCapacity(queue).start()) {
        LineChecker checker = new LineChecker();
        HeapSampler heap = new HeapSampler();
        consume(logs, checker, heap, Duration.ofSeconds(warmup));
        List<String> ids = client.link(service, "instances", ResourceType.CONTAINER).stream()
            .map(c -> c.id()).toList();
        long before = checker.lines();
        long writtenBefore = written(plugin, ids);
        checker.resetChecks();
        long start = System.nanoTime();
        consume(logs, checker, heap.reset(), Duration.ofSeconds(seconds));
        double elapsed = (System.nanoTime() - start) / 1e9;
        long written = written(plugin, ids) - writtenBefore;
        System.out.printf("Emulator wrote: %,d lines in %.1f s = %,.0f lines/s%n", written, elapsed,
            written / elapsed);
        report(
            checker, heap, checker.lines() - before, elapsed, logs.containers().size(), containers);
      }
    }
    System.exit(0);
  }

  private static Service deploy(RancherClient client, int containers) {
    Stack stack = client.create(ResourceType.STACK, Map.of("name", "logbench"));
    Service created =
        client.create(
            ResourceType.SERVICE,
            Map.of(
                "name",
                "logger",
                "stackId",
                stack.id(),
                "scale",
                containers,
                "launchConfig",
                Map.of("imageUuid", "docker:bench/logger:1")));
    Duration deadline = Duration.ofSeconds(60);
    Service inactive = client.await(created, Condition.state(ResourceState.INACTIVE), deadline);
    return client.await(
        client.action(inactive, "activate", null), Condition.state(ResourceState.ACTIVE), deadline);
  }

  /** The lines the emulator's containers have written so far (their last line numbers). */
  private static long written(LogsPlugin plugin, List<String> containerIds) {
    long sum = 0;
    for (String id : containerIds) {
      var lines = plugin.logs().lines(id);
      sum += lines.isEmpty() ? 0 : lines.get(lines.size() - 1).seq();
    }
    return sum;
  }

  private static void consume(
      LogStreamer logs, LineChecker checker, HeapSampler heap, Duration during)
      throws InterruptedException {
    long until = System.nanoTime() + during.toNanos();
    long nextSample = 0;
    while (System.nanoTime() < until) {
      Optional<LogLine> line = logs.poll(Duration.ofMillis(10));
      line.ifPresent(checker::accept);
      if (System.nanoTime() >= nextSample) {
        heap.sample();
        nextSample = System.nanoTime() + 50_000_000L;
      }
    }
  }

  private static void report(
      LineChecker checker,
      HeapSampler heap,
      long lines,
      double seconds,
      int followed,
      int containers) {
    System.out.printf(
        "Delivered: %,d lines in %.1f s = %,.0f lines/s from %d of %d containers%n",
        lines, seconds, lines / seconds, Math.min(followed, checker.containers()), containers);
    System.out.printf(
        "Checks: %,d lines lost (gaps in a container's line numbers), %,d repeated or out of "
            + "order%n",
        checker.lost(), checker.outOfOrder());
    System.out.printf("Heap: max %.1f MiB used while measured (emulator included), -Xmx %d MiB%n",
        heap.maxUsed() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
  }

  private static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.availableProcessors()
        + " cores, "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version")
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch")
        + ", max heap "
        + runtime.maxMemory() / 1048576
        + " MiB, load average "
        + String.format(
            "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static int arg(String[] args, String name, int fallback) {
    for (String arg : args) {
      if (arg.startsWith(name + "=")) {
        return Integer.parseInt(arg.substring(name.length() + 1));
      }
    }
    return fallback;
  }

  /** The highest heap use seen. */
  static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long maxUsed;

    void sample() {
      maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
    }

    HeapSampler reset() {
      maxUsed = 0;
      return this;
    }

    long maxUsed() {
      return maxUsed;
    }
  }
}
