package io.rancherdeploy.bench.emulator;

import java.lang.management.ManagementFactory;

/** The machine a benchmark ran on, printed with its figures. */
record Machine(int cores, String java, String os, long maxHeapMb, double loadAverage) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    String describe() {
        return String.format("%d cores, %s, %s, max heap %d MB, load average %.1f before the run",
                cores, java, os, maxHeapMb, loadAverage);
    }
}
