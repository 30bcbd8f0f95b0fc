package io.rancherdeploy.bench.logs;

import io.rancherdeploy.bench.Machine;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Prints a run: the machine and its load, the figures, the verdicts and a docs table row. */
final class RunReport {
  static final double TARGET_LINES_PER_SECOND = 100_000;
  static final double TARGET_HEAP_MIB = 64;

  /** What one measured window gave. */
  record Figures(
      double seconds,
      long written,
      long delivered,
      int containersSeen,
      long lost,
      long skippedByEmulator,
      long outOfOrder,
      HeapSampler heap,
      double clientCpuSeconds,
      Optional<Double> emulatorCpuSeconds) {}

  private final Settings settings;
  private final String when =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
          .withZone(ZoneOffset.UTC)
          .format(Instant.now());
  private final String loadBefore = Machine.loadAverageNow();

  RunReport(Settings settings) {
    this.settings = settings;
  }

  void header() {
    System.out.println(
        "Log throughput benchmark, " + when + ", on " + Machine.current().describe());
    System.out.println("Load average (1, 5, 15 min) before the run: " + loadBefore);
    System.out.printf(
        "%d containers writing %,d lines/s each (%,d lines/s in all), emulator %s, "
            + "queue %,d lines, %d s warm-up, %d s measured%n",
        settings.containers(),
        settings.rate(),
        settings.containers() * settings.rate(),
        settings.separateProcess() ? "in its own process" : "in this JVM",
        settings.queue(),
        settings.warmup(),
        settings.seconds());
  }

  void figures(Figures f) {
    double rate = f.delivered() / f.seconds();
    String loadAfter = Machine.loadAverageNow();
    System.out.printf(
        "Emulator wrote:  %,d lines in %.1f s = %,.0f lines/s%n",
        f.written(), f.seconds(), f.written() / f.seconds());
    System.out.printf(
        "Delivered:       %,d lines in %.1f s = %,.0f lines/s from %d of %d containers%n",
        f.delivered(), f.seconds(), rate, f.containersSeen(), settings.containers());
    long lostByClient = Math.max(0, f.lost() - f.skippedByEmulator());
    System.out.printf(
        "Checks:          %,d lines lost (gaps in a container's line numbers), %,d repeated or"
            + " out of order%n",
        f.lost(), f.outOfOrder());
    System.out.printf(
        "Of the gaps:     %,d skipped by the emulator (the client was more than %,d lines behind"
            + " and they had rotated away), %,d lost by the client%n",
        f.skippedByEmulator(), settings.buffer(), lostByClient);
    System.out.printf(
        "Client heap:     max %.1f MiB used, max %.1f MiB left after a collection, %d"
            + " collections (%d ms); -Xmx %d MiB%s%n",
        f.heap().maxUsedMib(),
        f.heap().maxAfterGcMib(),
        f.heap().collections(),
        f.heap().collectionMillis(),
        Runtime.getRuntime().maxMemory() / 1048576,
        settings.separateProcess() ? "" : " (emulator included)");
    System.out.printf(
        "CPU:             client %.1f s%s in %.1f s%n",
        f.clientCpuSeconds(),
        f.emulatorCpuSeconds().map(s -> String.format(", emulator %.1f s", s)).orElse(""),
        f.seconds());
    System.out.println("Load average after the run: " + loadAfter);
    boolean fast = rate >= TARGET_LINES_PER_SECOND;
    boolean small =
        f.heap().maxUsedMib() < TARGET_HEAP_MIB
            && Runtime.getRuntime().maxMemory() <= TARGET_HEAP_MIB * 1048576;
    boolean whole = f.lost() == 0 && f.outOfOrder() == 0;
    boolean clientWhole = lostByClient == 0 && f.outOfOrder() == 0;
    System.out.printf(
        "Targets:         %s 100,000 lines/s; %s heap under 64 MiB (-Xmx64m); %s no line lost or"
            + " reordered (%s by the client itself)%n",
        verdict(fast), verdict(small), verdict(whole), verdict(clientWhole));
    System.out.printf(
        "Table row:       | %s | %s, `-Xmx%dm`, emulator %s, load average %s | %,d (%,.0f/s) |"
            + " **%,.0f/s** from %d of %d | %,d (%,d skipped by the emulator) / %,d |"
            + " %.1f MiB (%.1f after GC) | %s |%n",
        when,
        shortMachine(),
        Runtime.getRuntime().maxMemory() / 1048576,
        settings.separateProcess() ? "separate" : "same JVM",
        loadBefore,
        f.written(),
        f.written() / f.seconds(),
        rate,
        f.containersSeen(),
        settings.containers(),
        f.lost(),
        f.skippedByEmulator(),
        f.outOfOrder(),
        f.heap().maxUsedMib(),
        f.heap().maxAfterGcMib(),
        fast && small && whole ? "met" : "not met");
  }

  private static String verdict(boolean met) {
    return met ? "MET" : "NOT MET";
  }

  private static String shortMachine() {
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + System.getProperty("java.vm.name").replace("OpenJDK 64-Bit Server VM", "OpenJDK")
        + " "
        + System.getProperty("java.version");
  }
}
