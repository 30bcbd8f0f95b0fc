package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Colour only for a person at a terminal (never in CI, never with NO_COLOR or --no-color), and -q
 * keeps only warnings, errors and the result.
 */
class OutputModesTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static final String ESCAPE = "\u001b[";

  private static CliRun run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            EmulatorEnv.of(RANCHER.emulator()),
            terminal);
    int code = Main.run(context, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void colourOnlyAtATerminalAndNotWithNoColor() {
    CliRun terminal = run(true, "rm", "-p", "missing");
    assertThat(terminal.exitCode()).as(terminal.toString()).isZero();
    assertThat(terminal.out()).contains(ESCAPE + "36mINFO");
    assertThat(run(false, "rm", "-p", "missing").out()).contains("INFO[").doesNotContain(ESCAPE);
    assertThat(run(true, "rm", "-p", "missing", "--no-color").out()).doesNotContain(ESCAPE);
  }

  @Test
  void quietKeepsOnlyTheResult() {
    CliRun quiet = run(false, "rm", "-p", "missing", "-q");
    assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
    assertThat(quiet.out()).doesNotContain("INFO[");
    CliRun environments = run(false, "environments", "-q");
    assertThat(environments.out()).contains("* 1a5");
  }

  @Test
  void aTerminalIsAPersonOnlyOutsideCi() {
    assertThat(CliContext.isInteractiveTerminal(true, Map.of("TERM", "xterm"))).isTrue();
    assertThat(CliContext.isInteractiveTerminal(false, Map.of())).isFalse();
    for (String marker : new String[] {"CI", "JENKINS_URL", "BUILD_NUMBER", "NO_COLOR"}) {
      assertThat(CliContext.isInteractiveTerminal(true, Map.of(marker, "1"))).as(marker).isFalse();
    }
    assertThat(CliContext.isInteractiveTerminal(true, Map.of("TERM", "dumb"))).isFalse();
  }
}
