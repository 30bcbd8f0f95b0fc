package io.rancherdeploy.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The CLI as CI runs it: a separate JVM (this test's class path, {@link Main} as the main class,
 * the launcher's start-up flags) with only the given {@code RANCHER_*} variables; stdout and stderr
 * to files, so that a test can read them while it runs. Several may run at once.
 */
final class CliProcess {
  private static final AtomicInteger COUNT = new AtomicInteger();

  /** How a run ended as the shell sees it. */
  record Exit(int code, String out, String err) {
    String all() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private final Process process;
  private final Path out;
  private final Path err;

  private CliProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  static CliProcess start(Path dir, Map<String, String> env, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    int n = COUNT.incrementAndGet();
    Path out = dir.resolve("out-" + n);
    Path err = dir.resolve("err-" + n);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("RANCHER_"));
    builder.environment().putAll(env);
    return new CliProcess(builder.start(), out, err);
  }

  static Exit run(Path dir, Map<String, String> env, String... args) throws Exception {
    return start(dir, env, args).await(Duration.ofSeconds(60));
  }

  /** What it printed on stdout so far. */
  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Sends a signal by name ({@code INT}, {@code TERM}), as a terminal or a CI would. */
  void signal(String name) throws Exception {
    new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
        .start()
        .waitFor(5, TimeUnit.SECONDS);
  }

  /** Its end; past the deadline, a thread dump and its output in the failure, and it is killed. */
  Exit await(Duration deadline) throws Exception {
    if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      Path threads = Path.of(out + ".threads");
      new ProcessBuilder("jcmd", Long.toString(process.pid()), "Thread.print")
          .redirectOutput(threads.toFile())
          .start()
          .waitFor(10, TimeUnit.SECONDS);
      process.destroyForcibly();
      throw new AssertionError(
          "the CLI did not end within "
              + deadline
              + "\n"
              + exit(-1)
              + "--- threads\n"
              + (Files.exists(threads) ? Files.readString(threads) : ""));
    }
    return exit(process.exitValue());
  }

  private Exit exit(int code) throws IOException {
    return new Exit(code, out(), Files.readString(err, StandardCharsets.UTF_8));
  }
}
