package io.rancherdeploy.cli.demo;

import java.util.List;
import java.util.Locale;

/** The demo's closing table, in plain text that reads the same in a terminal and in a CI log. */
final class SummaryTable {
  private SummaryTable() {}

  static String render(List<StepResult> steps) {
    int stepWidth =
        Math.max("step".length(), steps.stream().mapToInt(s -> s.step().length()).max().orElse(0));
    String format = "%-" + stepWidth + "s  %-4s  %7s  %s%n";
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, format, "step", "ok", "time", "detail"));
    table
        .append("-".repeat(stepWidth))
        .append("  ----  -------  ")
        .append("-".repeat(40))
        .append('\n');
    for (StepResult step : steps) {
      table.append(
          String.format(
              Locale.ROOT,
              format,
              step.step(),
              step.passed() ? "yes" : "NO",
              seconds(step.elapsed().toMillis()),
              step.detail()));
    }
    long passed = steps.stream().filter(StepResult::passed).count();
    table.append(
        String.format(Locale.ROOT, "%d of %d steps did what they should.", passed, steps.size()));
    return table.toString();
  }

  /** The same rows for {@code --output json}. */
  static String json(List<StepResult> steps) {
    com.fasterxml.jackson.databind.node.ArrayNode array =
        new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    for (StepResult step : steps) {
      array
          .addObject()
          .put("step", step.step())
          .put("passed", step.passed())
          .put("elapsedMillis", step.elapsed().toMillis())
          .put("detail", step.detail());
    }
    return array.toPrettyString();
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
  }
}
