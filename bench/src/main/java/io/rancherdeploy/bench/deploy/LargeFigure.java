package io.rancherdeploy.bench.deploy;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * (e) A stack of n independent services created in one deploy, then re-planned, by an engine whose
 * JVM runs with {@code -Xmx128m}; the emulator runs in its own process unless told otherwise.
 * Prints the engine JVM's heap: the highest use sampled and the highest left after a collection
 * (what the engine really keeps).
 */
final class LargeFigure {
  private static final long MB = 1024 * 1024;

  private LargeFigure() {}

  static void run(int n) {
    HeapWatch heap = HeapWatch.start();
    try (Rancher rancher = Rancher.start(0);
        RancherClient client = rancher.connect()) {
      DeployEngine engine = new DeployEngine(client);
      List<DesiredService> services = GeneratedServices.chains(n, 1, "1");
      long from = System.nanoTime();
      DeployResult result =
          engine.deploy(
              "large",
              services,
              DeployBenchmark.options().createStack(true).parallelism(8).build(),
              DeployBenchmark.quiet());
      long took = Duration.ofNanos(System.nanoTime() - from).toMillis();
      long replanFrom = System.nanoTime();
      boolean nothing =
          engine.plan("large", services, DeployBenchmark.options().build()).changesNothing();
      long replan = Duration.ofNanos(System.nanoTime() - replanFrom).toMillis();
      heap.stop();
      long max = Runtime.getRuntime().maxMemory() / MB;
      System.out.printf(
          "(e) %d services, %s: %s in %d ms (%d containers running), re-plan changes nothing: %s"
              + " (%d ms); engine JVM -Xmx %d MB, heap used at most %d MB, at most %d MB left"
              + " after a collection; target (deployed with -Xmx128m): %s%n",
          n,
          rancher.where(),
          result.outcome(),
          took,
          result.services().stream().mapToInt(s -> s.runningInstances()).sum(),
          nothing,
          replan,
          max,
          heap.peakUsed() / MB,
          heap.peakAfterGc() / MB,
          result.succeeded() && nothing && max <= 128 ? "MET" : "NOT MET");
    }
  }

  /** Samples the heap every 10 ms and reads what each collection left. */
  static final class HeapWatch {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
      sampler =
          new Thread(
              () -> {
                while (running) {
                  peakUsed.accumulateAndGet(
                      ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                      Math::max);
                  try {
                    Thread.sleep(10);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      sampler.setDaemon(true);
    }

    static HeapWatch start() {
      HeapWatch watch = new HeapWatch();
      Set<String> heapPools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .map(MemoryPoolMXBean::getName)
              .collect(Collectors.toSet());
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc)
            .addNotificationListener(
                (notification, handback) -> {
                  if (notification
                      .getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long after =
                        info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed())
                            .sum();
                    watch.peakAfterGc.accumulateAndGet(after, Math::max);
                  }
                },
                null,
                null);
      }
      watch.sampler.start();
      return watch;
    }

    void stop() {
      running = false;
      sampler.interrupt();
    }

    long peakUsed() {
      return peakUsed.get();
    }

    long peakAfterGc() {
      return peakAfterGc.get();
    }
  }
}
