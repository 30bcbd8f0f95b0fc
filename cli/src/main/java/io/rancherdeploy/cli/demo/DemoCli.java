package io.rancherdeploy.cli.demo;

import io.rancherdeploy.cli.CliContext;
import io.rancherdeploy.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

/**
 * Runs rancher-deploy commands inside the demo, as a user would type them (the line is printed
 * first), with the emulator's URL and key in the environment, as a CI job sets RANCHER_URL and the
 * keys.
 */
final class DemoCli {
  /** What one command returned and printed on stdout. */
  record Run(int exitCode, String out) {}

  private final CliContext outer;
  private final Map<String, String> env;

  DemoCli(CliContext outer, Map<String, String> env) {
    this.outer = outer;
    this.env = Map.copyOf(env);
  }

  Run run(String... args) {
    outer.out().println();
    outer.out().println("$ rancher-deploy " + String.join(" ", args));
    outer.out().flush();
    StringWriter captured = new StringWriter();
    PrintWriter out = new PrintWriter(new Tee(outer.out(), captured), true);
    int code = Main.run(new CliContext(out, outer.err(), env, outer.terminal()), args);
    out.flush();
    return new Run(code, captured.toString());
  }

  /** Writes to the demo's stdout and keeps a copy, so a step can count what a command printed. */
  private static final class Tee extends Writer {
    private final Writer first;
    private final Writer second;

    Tee(Writer first, Writer second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      synchronized (lock) {
        try {
          first.write(buffer, offset, length);
          second.write(buffer, offset, length);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }

    @Override
    public void flush() {
      try {
        first.flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      flush();
    }
  }
}
