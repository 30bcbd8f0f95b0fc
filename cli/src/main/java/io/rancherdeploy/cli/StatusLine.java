package io.rancherdeploy.cli;

import java.io.PrintWriter;

/**
 * One line on a terminal rewritten in place ({@code \r}, the text, erase to the end of the line),
 * erased before any normal line is printed so that logs are never garbled. Only for a person at a
 * terminal: {@link Printer} never makes one for a pipe or in CI. Not thread-safe: Printer holds its
 * lock while calling it.
 */
final class StatusLine {
  static final String ERASE = "\u001b[K";
  private final PrintWriter terminal;
  private boolean shown;

  StatusLine(PrintWriter terminal) {
    this.terminal = terminal;
  }

  void draw(String text) {
    terminal.print("\r" + text + ERASE);
    terminal.flush();
    shown = true;
  }

  void erase() {
    if (shown) {
      terminal.print("\r" + ERASE);
      terminal.flush();
      shown = false;
    }
  }
}
