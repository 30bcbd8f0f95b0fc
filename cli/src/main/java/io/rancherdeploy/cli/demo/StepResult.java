package io.rancherdeploy.cli.demo;

import java.time.Duration;
import java.util.Objects;

/**
 * One row of the demo's summary: what was tried, whether it did what it should, how long, and the
 * figures.
 */
public record StepResult(String step, boolean passed, Duration elapsed, String detail) {
  public StepResult {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(detail, "detail");
  }

  /** What a step's body found: did it do what it should, and the figures that say so. */
  record Outcome(boolean passed, String detail) {
    static Outcome passed(String detail) {
      return new Outcome(true, detail);
    }

    static Outcome failed(String detail) {
      return new Outcome(false, detail);
    }
  }
}
