package io.rancherdeploy.bench.logs;

import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.logs.LogBehaviour;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The emulator of {@link LogThroughputBenchmark} in a process of its own, so that the benchmark's
 * heap and CPU figures are the client's. Every image writes {@code rate} numbered lines per second
 * per container; each container keeps its last {@code buffer} lines. Prints the URL and the key,
 * then {@code READY}; answers {@code written} on stdin with the lines written so far and {@code
 * skipped} with the lines its sockets skipped (a reader more than the buffer behind), and stops at
 * {@code stop} or at the end of stdin (the benchmark went away).
 *
 * <p>Arguments: {@code rate buffer}.
 */
public final class LogEmulatorMain {
  /** The emulator writes logs this many times faster than their behaviour's rate at speed 0. */
  static final double SPEED_ZERO_FACTOR = 20.0;

  private LogEmulatorMain() {}

  public static void main(String[] args) throws Exception {
    int rate = Integer.parseInt(args[0]);
    int buffer = Integer.parseInt(args[1]);
    LogsPlugin plugin = plugin(rate, buffer);
    try (RancherEmulator rancher = start(plugin)) {
      System.out.println("RANCHER_URL=" + rancher.url());
      System.out.println("RANCHER_ACCESS_KEY=" + rancher.accessKey());
      System.out.println("RANCHER_SECRET_KEY=" + rancher.secretKey());
      System.out.println("READY");
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.equals("stop")) {
          break;
        }
        if (line.equals("skipped")) {
          System.out.println("skipped " + plugin.logs().linesSkipped());
          System.out.flush();
        }
        if (line.equals("written")) {
          System.out.println("written " + plugin.logs().linesWritten());
          System.out.flush();
        }
      }
    }
    System.exit(0);
  }

  /** Every image writes {@code rate} lines per second per container, 10 % of them on stderr. */
  static LogsPlugin plugin(int rate, int buffer) {
    LogBehaviour behaviour =
        new LogBehaviour(
            rate / SPEED_ZERO_FACTOR,
            0.1,
            List.of(),
            List.of("10.42.0.1 - - \"GET /index.html HTTP/1.1\" 200 612 (request {n})"),
            List.of("WARNING: slow answer (request {n})"));
    return new LogsPlugin().defaultImage(behaviour).bufferLines(buffer);
  }

  static RancherEmulator start(LogsPlugin plugin) {
    return RancherEmulator.builder().port(0).speed(0).seed(42).hosts(3).plugin(plugin).start();
  }
}
