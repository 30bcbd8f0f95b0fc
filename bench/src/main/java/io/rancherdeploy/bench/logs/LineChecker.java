package io.rancherdeploy.bench.logs;

import io.rancherdeploy.core.logs.LogLine;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks each container's lines by the line number the emulator writes in them ({@code (request
 * N)}): a jump forward counts the skipped lines as lost, a number not above the last one counts as
 * out of order.
 */
final class LineChecker {
  private static final String MARK = "(request ";

  private final Map<String, Long> last = new HashMap<>();
  private long lines;
  private long lost;
  private long outOfOrder;

  void accept(LogLine line) {
    lines++;
    String text = line.text();
    int at = text.lastIndexOf(MARK);
    if (at < 0) {
      return;
    }
    long n = parse(text, at + MARK.length());
    Long before = last.put(line.container(), n);
    if (before == null) {
      return;
    }
    if (n <= before) {
      outOfOrder++;
      last.put(line.container(), before);
    } else if (n > before + 1) {
      lost += n - before - 1;
    }
  }

  private static long parse(String text, int from) {
    long n = 0;
    for (int i = from; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  void resetChecks() {
    lost = 0;
    outOfOrder = 0;
  }

  long lines() {
    return lines;
  }

  long lost() {
    return lost;
  }

  long outOfOrder() {
    return outOfOrder;
  }

  int containers() {
    return last.size();
  }
}
