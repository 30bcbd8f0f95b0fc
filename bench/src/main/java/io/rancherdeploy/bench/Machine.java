package io.rancherdeploy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, printed with its figures so that they can be compared. */
public record Machine(
    int cores, String cpu, String java, String os, long maxHeapMib, String loadAverage) {

  public static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        loadAverageNow());
  }

  /** As {@code uptime} shows it: the 1, 5 and 15 minute load averages. */
  public static String loadAverageNow() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT,
          "%.2f (1 min)",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** One line: cores and CPU, Java, OS, this JVM's heap limit and the load average at the start. */
  public String describe() {
    return cores
        + " cores"
        + (cpu.isEmpty() ? "" : " (" + cpu + ")")
        + ", "
        + java
        + ", "
        + os
        + ", max heap "
        + maxHeapMib
        + " MiB, load average "
        + loadAverage;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .orElse("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
