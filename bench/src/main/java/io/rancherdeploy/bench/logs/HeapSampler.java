package io.rancherdeploy.bench.logs;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * This JVM's heap while measured: the highest use seen (garbage included, so bounded by -Xmx), the
 * highest use left after a collection (what the run really holds), and the collections' count and
 * time.
 */
final class HeapSampler {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private long maxUsed;
  private long maxAfterGc;
  private long gcCountAtStart;
  private long gcMillisAtStart;

  HeapSampler reset() {
    maxUsed = 0;
    maxAfterGc = 0;
    gcCountAtStart = gcCount();
    gcMillisAtStart = gcMillis();
    return this;
  }

  void sample() {
    maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
    long afterGc = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage collected = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && collected != null) {
        afterGc += collected.getUsed();
      }
    }
    maxAfterGc = Math.max(maxAfterGc, afterGc);
  }

  double maxUsedMib() {
    return maxUsed / 1048576.0;
  }

  double maxAfterGcMib() {
    return maxAfterGc / 1048576.0;
  }

  long collections() {
    return gcCount() - gcCountAtStart;
  }

  long collectionMillis() {
    return gcMillis() - gcMillisAtStart;
  }

  private static long gcCount() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionCount());
    }
    return sum;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
