package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.OutputOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a command's words go. Progress reads like rancher-compose's log ({@code INFO[0003] ...});
 * it goes to stdout for a person, to stderr when stdout carries JSON, and nowhere with {@code -q}.
 * Warnings and errors always go to stderr. Colour only on a terminal. Every line passes through the
 * masker first. Thread-safe: the engine reports from its own threads.
 */
public final class Printer {
  private static final String RESET = "\u001b[0m";
  private final CliContext context;
  private final OutputOptions output;
  private final UnaryOperator<String> masker;
  private final long startNanos = System.nanoTime();
  private final Optional<StatusLine> status;

  public Printer(CliContext context, OutputOptions output, UnaryOperator<String> masker) {
    this.context = context;
    this.output = output;
    this.masker = masker;
    boolean live = context.terminal() && !output.quiet() && !output.json();
    this.status = live ? Optional.of(new StatusLine(context.out())) : Optional.empty();
  }

  /** Whether a live status line is shown: only for a person at a terminal, never with -q/JSON. */
  public boolean live() {
    return status.isPresent();
  }

  /** Rewrites the live status line in place; nothing unless {@link #live()}. */
  public synchronized void status(String text) {
    status.ifPresent(line -> line.draw(masker.apply(text)));
  }

  /** Erases the live status line, if shown (before a normal line, and at the end). */
  public synchronized void clearStatus() {
    status.ifPresent(StatusLine::erase);
  }

  public boolean json() {
    return output.json();
  }

  public boolean colour() {
    return context.terminal() && !output.noColor();
  }

  public synchronized void info(String message) {
    clearStatus();
    if (!output.quiet()) {
      PrintWriter target = output.json() ? context.err() : context.out();
      target.println(paint("INFO", "36") + "[" + elapsed() + "] " + masker.apply(message));
      target.flush();
    }
  }

  public synchronized void debug(String message) {
    clearStatus();
    if (output.debug()) {
      context.err().println(paint("DEBU", "37") + "[" + elapsed() + "] " + masker.apply(message));
      context.err().flush();
    }
  }

  public synchronized void warn(String message) {
    clearStatus();
    context.err().println(paint("WARN", "33") + "[" + elapsed() + "] " + masker.apply(message));
    context.err().flush();
  }

  public synchronized void error(String message) {
    clearStatus();
    context.err().println(paint("ERRO", "31") + "[" + elapsed() + "] " + masker.apply(message));
    context.err().flush();
  }

  /** A line of container output, unadorned with {@code --raw}, else as it came with its prefix. */
  public synchronized void log(String line) {
    clearStatus();
    PrintWriter target = output.json() ? context.err() : context.out();
    target.println(masker.apply(line));
    target.flush();
  }

  /**
   * The command's result for a person (a table, a listing); printed even with -q, never with JSON.
   */
  public synchronized void result(String text) {
    clearStatus();
    if (!output.json()) {
      context.out().println(masker.apply(text));
      context.out().flush();
    }
  }

  /** The machine-readable result on stdout (only with {@code --output json}). */
  public synchronized void resultJson(String json) {
    clearStatus();
    if (output.json()) {
      context.out().println(masker.apply(json));
      context.out().flush();
    }
  }

  public String mask(String text) {
    return masker.apply(text);
  }

  String paint(String text, String ansiColour) {
    return colour() ? "\u001b[" + ansiColour + "m" + text + RESET : text;
  }

  private String elapsed() {
    long seconds = Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
    return String.format(Locale.ROOT, "%04d", seconds);
  }
}
