package io.rancherdeploy.bench.deploy;

import io.rancherdeploy.emulator.RancherEmulatorMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The emulator in its own JVM ({@code java -cp <this classpath> RancherEmulatorMain --port 0}), so
 * that the engine's JVM measures only the engine: its heap, its threads, its CPU. Reads the URL and
 * the key pair the emulator prints; stops it (as Ctrl-C does) on close.
 */
final class EmulatorProcess implements AutoCloseable {
  private static final Duration START = Duration.ofSeconds(60);

  private final Process process;
  private final URI url;
  private final String accessKey;
  private final String secretKey;

  private EmulatorProcess(Process process, Map<String, String> printed) {
    this.process = process;
    this.url = URI.create(printed.get("RANCHER_URL"));
    this.accessKey = printed.get("RANCHER_ACCESS_KEY");
    this.secretKey = printed.get("RANCHER_SECRET_KEY");
  }

  /**
   * Starts the emulator at this speed (seed 42, three hosts) with {@code heap} as its -Xmx and the
   * JVM options in {@code -DemulatorJvmArgs} (e.g. a flight recording).
   */
  static EmulatorProcess start(double speed, String heap) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    String extra = System.getProperty("emulatorJvmArgs", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RancherEmulatorMain.class.getName());
    command.addAll(List.of("--port", "0", "--speed", Double.toString(speed), "--seed", "42"));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the emulator: " + command, e);
    }
    try {
      return new EmulatorProcess(process, readKeys(process));
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** Reads the emulator's output until it has printed the URL and both keys. */
  private static Map<String, String> readKeys(Process process) {
    Map<String, String> printed = new HashMap<>();
    long until = System.nanoTime() + START.toNanos();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    try {
      String line;
      while (printed.size() < 3 && System.nanoTime() < until && (line = out.readLine()) != null) {
        int eq = line.indexOf('=');
        if (line.startsWith("RANCHER_") && eq > 0) {
          printed.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the emulator's output", e);
    }
    if (printed.size() < 3) {
      throw new IllegalStateException("the emulator did not print its URL and keys in " + START);
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // the emulator's own output is not part of the figures; reading keeps its pipe
                  // empty
                }
              } catch (IOException e) {
                // closed when the emulator stops
              }
            },
            "emulator-output");
    drain.setDaemon(true);
    drain.start();
    return printed;
  }

  URI url() {
    return url;
  }

  String accessKey() {
    return accessKey;
  }

  String secretKey() {
    return secretKey;
  }

  long pid() {
    return process.pid();
  }

  /** The CPU time the emulator's process has used so far. */
  Duration cpu() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
