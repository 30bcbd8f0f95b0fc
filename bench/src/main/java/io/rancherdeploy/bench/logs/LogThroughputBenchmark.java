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
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Log throughput from 20 containers through the client: the emulator's log websockets, then the
 * client's {@link LogStreamer} (logs action, websocket per container, frame parsing, masking,
 * bounded queue) and one consumer that checks every container's line numbers for loss, repeats and
 * reordering. Targets (issue 4, figure d): 100,000 lines/s delivered, heap under 64 MiB (run with
 * {@code -Xmx64m}), no line lost or reordered within a container. By default the emulator runs in a
 * process of its own ({@link LogEmulatorMain}), so the heap and CPU figures are the client's.
 *
 * <p>Arguments (all optional): {@code containers=20 rate=5000 seconds=10 warmup=3 queue=10000
 * tail=1 buffer=20000 emulator=process|inprocess emulatorHeap=512}, where {@code rate} is the lines
 * per second each container writes and {@code buffer} the lines each container keeps.
 */
public final class LogThroughputBenchmark {
  private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(60);

  private LogThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    RunReport report = new RunReport(settings);
    report.header();
    try (LogEmulator rancher = settings.startEmulator();
        RancherClient client =
            RancherClient.connect(
                RancherEndpoint.builder(java.net.URI.create(rancher.url()))
                    .apiKey(ApiKey.of(rancher.accessKey(), rancher.secretKey()))
                    .build())) {
      Service service = deploy(client, settings.containers());
      try (LogStreamer logs =
          LogStreamer.builder(client)
              .services(List.of(service))
              .tail(settings.tail())
              .queueCapacity(settings.queue())
              .start()) {
        LineChecker checker = new LineChecker();
        HeapSampler heap = new HeapSampler().reset();
        warmUp(logs, checker, heap, settings);
        long deliveredBefore = checker.lines();
        long writtenBefore = rancher.written();
        long skippedBefore = rancher.skipped();
        Duration emulatorCpuBefore = rancher.cpu().orElse(Duration.ZERO);
        long clientCpuBefore = clientCpuNanos();
        checker.resetChecks();
        heap.reset();
        long start = System.nanoTime();
        consume(logs, checker, heap, Duration.ofSeconds(settings.seconds()));
        double elapsed = (System.nanoTime() - start) / 1e9;
        report.figures(
            new RunReport.Figures(
                elapsed,
                rancher.written() - writtenBefore,
                checker.lines() - deliveredBefore,
                Math.min(logs.containers().size(), checker.containers()),
                checker.lost(),
                rancher.skipped() - skippedBefore,
                checker.outOfOrder(),
                heap,
                (clientCpuNanos() - clientCpuBefore) / 1e9,
                rancher.cpu().map(cpu -> cpu.minus(emulatorCpuBefore).toMillis() / 1e3)));
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

  /**
   * At least the warm-up time, and until every container has delivered lines (on a loaded machine
   * the sockets open and the JIT warms up slowly), within {@link #WARM_UP_LIMIT}.
   */
  private static void warmUp(
      LogStreamer logs, LineChecker checker, HeapSampler heap, Settings settings)
      throws InterruptedException {
    long start = System.nanoTime();
    consume(logs, checker, heap, Duration.ofSeconds(settings.warmup()));
    while (checker.containers() < settings.containers()
        && System.nanoTime() - start < WARM_UP_LIMIT.toNanos()) {
      consume(logs, checker, heap, Duration.ofMillis(500));
    }
    System.out.printf(
        "Warm-up:         %.1f s, %d of %d containers delivering%n",
        (System.nanoTime() - start) / 1e9, checker.containers(), settings.containers());
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

  private static long clientCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
