package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.core.deploy.DeployEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The live status line: its text from progress events (pure), its drawing on a fake terminal
 * (rewritten with \r and erased before every log line and at the end), and never off a terminal.
 */
class LiveStatusTest {
  private static final String ERASE = StatusLine.ERASE;

  @Test
  void theLineShowsEachServicesLastStepAndTheTimeWaited() {
    LiveStatus live = new LiveStatus();
    assertThat(live.line(Duration.ofSeconds(1))).isEmpty();
    live.update("web", "[1/2] [web]: Upgrading (image changed) (0.0 s)");
    live.update("api", "[2/2] [api]: Active (1.2 s)");
    live.update("web", "[1/2] [web]: Started (2 running) (3.4 s)");

    assertThat(live.line(Duration.ofMillis(12_400)))
        .contains("  waiting: web started (2 running), api active (12s)");
  }

  @Test
  void aLongStepIsShortened() {
    String state = LiveStatus.shortState("[web]: " + "x".repeat(100));
    assertThat(state).hasSize(40).endsWith("...");
  }

  private static Printer printer(StringWriter out, boolean terminal, String... flags) {
    OutputOptions output = new OutputOptions();
    new CommandLine(output).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(flags);
    CliContext context =
        new CliContext(new PrintWriter(out, true), new PrintWriter(out, true), Map.of(), terminal);
    return new Printer(context, output, text -> text);
  }

  private static DeployEvent progress(String service, String message) {
    return new DeployEvent.Progress(Instant.now(), Optional.of(service), message);
  }

  @Test
  void onATerminalTheLineIsErasedBeforeEveryLogLineAndAtTheEnd() {
    StringWriter terminal = new StringWriter();
    Printer printer = printer(terminal, true, "--no-color");
    try (EventRenderer renderer = new EventRenderer(printer, false)) {
      renderer.onEvent(progress("web", "[1/1] [web]: Upgrading (0.0 s)"));
      renderer.onEvent(progress("web", "[1/1] [web]: Upgraded (1.0 s)"));
    }

    String text = terminal.toString();
    assertThat(text)
        .contains("\r  waiting: web upgrading (0s)" + ERASE + "\r" + ERASE + "INFO[")
        .contains("[web]: Upgraded (1.0 s)\n\r  waiting: web upgraded (")
        .endsWith("\r" + ERASE);
    // Every log line starts at the beginning of a clean line (the last segment is the erased line).
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length - 1; i++) {
      assertThat(lines[i]).matches("(\r  waiting: [^\r]*\u001b\\[K\r\u001b\\[K)?INFO\\[.*");
    }
  }

  @Test
  void offATerminalQuietOrJsonThereIsNoStatusLine() {
    for (Printer printer :
        new Printer[] {
          printer(new StringWriter(), false),
          printer(new StringWriter(), true, "-q"),
          printer(new StringWriter(), true, "-o", "json")
        }) {
      assertThat(printer.live()).isFalse();
    }
    StringWriter pipe = new StringWriter();
    try (EventRenderer renderer = new EventRenderer(printer(pipe, false), false)) {
      renderer.onEvent(progress("web", "[1/1] [web]: Upgrading (0.0 s)"));
      renderer.onEvent(new DeployEvent.Warning(Instant.now(), Optional.of("web"), "slow"));
    }
    assertThat(pipe.toString())
        .contains("[web]: Upgrading")
        .doesNotContain("\r")
        .doesNotContain(ERASE);
  }
}
