package io.rancherdeploy.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {
  @Test
  void oneAlignedRowPerStepAndACount() {
    String table =
        SummaryTable.render(
            List.of(
                new StepResult("up", true, Duration.ofMillis(4200), "2 services created"),
                new StepResult(
                    "suspend a host", false, Duration.ofSeconds(12), "no replacement within 10s")));
    List<String> lines = table.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("step            ok    ");
    assertThat(lines.get(2)).isEqualTo("up              yes      4.2s  2 services created");
    assertThat(lines.get(3)).isEqualTo("suspend a host  NO      12.0s  no replacement within 10s");
    assertThat(lines.get(4)).isEqualTo("1 of 2 steps did what they should.");
  }
}
