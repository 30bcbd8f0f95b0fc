package io.rancherdeploy.bench.logs;

import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The emulator a benchmark run reads from: in a process of its own (default) or in this JVM. */
interface LogEmulator extends AutoCloseable {
  String url();

  String accessKey();

  String secretKey();

  /** Lines the containers have written so far. */
  long written();

  /** Lines its sockets skipped so far because a reader was more than the buffer behind. */
  long skipped();

  /** CPU time the emulator used, when it runs in a process of its own. */
  Optional<Duration> cpu();

  @Override
  void close();

  static LogEmulator inProcess(int rate, int buffer) {
    LogsPlugin plugin = LogEmulatorMain.plugin(rate, buffer);
    RancherEmulator rancher = LogEmulatorMain.start(plugin);
    return new LogEmulator() {
      @Override
      public String url() {
        return rancher.url().toString();
      }

      @Override
      public String accessKey() {
        return rancher.accessKey();
      }

      @Override
      public String secretKey() {
        return rancher.secretKey();
      }

      @Override
      public long written() {
        return plugin.logs().linesWritten();
      }

      @Override
      public long skipped() {
        return plugin.logs().linesSkipped();
      }

      @Override
      public Optional<Duration> cpu() {
        return Optional.empty();
      }

      @Override
      public void close() {
        rancher.close();
      }
    };
  }

  /**
   * Starts {@link LogEmulatorMain} with this JVM's classpath and {@code heap} MiB, and reads its
   * URL and key (within 60 s).
   */
  static LogEmulator process(int rate, int buffer, int heapMib) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx" + heapMib + "m",
                "-cp",
                System.getProperty("java.class.path"),
                LogEmulatorMain.class.getName(),
                Integer.toString(rate),
                Integer.toString(buffer))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    return new ChildEmulator(child);
  }

  /** The parent's side of {@link LogEmulatorMain}. */
  final class ChildEmulator implements LogEmulator {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private final Process child;
    private final PrintStream commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Map<String, String> settings = new HashMap<>();

    ChildEmulator(Process child) throws IOException {
      this.child = child;
      this.commands = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8);
      Thread reader = new Thread(this::readAnswers, "log-emulator-output");
      reader.setDaemon(true);
      reader.start();
      for (String line = next(); !line.equals("READY"); line = next()) {
        int equals = line.indexOf('=');
        if (equals > 0) {
          settings.put(line.substring(0, equals), line.substring(equals + 1));
        }
      }
    }

    private void readAnswers() {
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          answers.add(line);
        }
      } catch (IOException e) {
        // the child ended; next() reports it
      }
    }

    private String next() throws IOException {
      try {
        String line = answers.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
          close();
          throw new IOException(
              "the emulator process said nothing for "
                  + DEADLINE.toSeconds()
                  + " s (alive: "
                  + child.isAlive()
                  + ")");
        }
        return line;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IOException("interrupted while waiting for the emulator process", e);
      }
    }

    @Override
    public String url() {
      return settings.get("RANCHER_URL");
    }

    @Override
    public String accessKey() {
      return settings.get("RANCHER_ACCESS_KEY");
    }

    @Override
    public String secretKey() {
      return settings.get("RANCHER_SECRET_KEY");
    }

    @Override
    public long written() {
      return ask("written");
    }

    @Override
    public long skipped() {
      return ask("skipped");
    }

    private long ask(String count) {
      commands.println(count);
      try {
        String answer = next();
        while (!answer.startsWith(count + " ")) {
          answer = next();
        }
        return Long.parseLong(answer.substring(count.length() + 1));
      } catch (IOException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }

    @Override
    public Optional<Duration> cpu() {
      return child.info().totalCpuDuration();
    }

    @Override
    public void close() {
      commands.println("stop");
      try {
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        child.destroyForcibly();
      }
    }
  }
}
