package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogGeneratorTest {

  private static LogSource source(String id, boolean tty, LogBehaviour behaviour) {
    return new LogSource(id, "demo-web-1", "nginx:1.13", "host-2", tty, behaviour);
  }

  private static List<LogGenerator.Line> lines(long seed, LogSource source, int count) {
    LogGenerator generator = new LogGenerator(seed, source);
    return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
  }

  @Test
  void sameSeedAndContainerWriteTheSameLines() {
    LogSource web = source("1i17", false, LogBehaviour.webService());
    assertThat(lines(42, web, 50)).isEqualTo(lines(42, web, 50));
    assertThat(lines(42, web, 50)).isNotEqualTo(lines(43, web, 50));
  }

  @Test
  void writesAboutItsShareOfLinesToStderr() {
    LogBehaviour behaviour =
        new LogBehaviour(1, 0.25, List.of(), List.of("ok {n}"), List.of("warn {n}"));
    List<LogGenerator.Line> lines = lines(7, source("1i1", false, behaviour), 2_000);
    long stderr = lines.stream().filter(line -> line.stream() == LogStream.STDERR).count();
    assertThat(stderr).isBetween(400L, 600L);
    assertThat(lines)
        .filteredOn(line -> line.stream() == LogStream.STDERR)
        .allSatisfy(line -> assertThat(line.text()).startsWith("warn "));
  }

  @Test
  void fillsTheTemplatesAndNumbersTheLines() {
    LogGenerator generator = new LogGenerator(1, source("1i1", false, LogBehaviour.webService()));
    assertThat(generator.startup())
        .extracting(LogGenerator.Line::text)
        .first()
        .isEqualTo("Starting nginx:1.13 as demo-web-1 on host-2");
    assertThat(generator.next().text()).contains("request 3");
  }

  @Test
  void aTtyContainerWritesEverythingAsTty() {
    List<LogGenerator.Line> lines = lines(3, source("1i2", true, LogBehaviour.webService()), 100);
    assertThat(lines).extracting(LogGenerator.Line::stream).containsOnly(LogStream.TTY);
  }

  @Test
  void refusesBehavioursThatCannotWrite() {
    assertThatThrownBy(() -> new LogBehaviour(1, 0, List.of(), List.of(), List.of()))
        .hasMessageContaining("needs stdout or stderr messages");
    assertThatThrownBy(() -> new LogBehaviour(1, 1.5, List.of(), List.of("a"), List.of()))
        .hasMessageContaining("stderrShare");
    assertThatThrownBy(() -> new LogBehaviour(-1, 0, List.of(), List.of("a"), List.of()))
        .hasMessageContaining("linesPerSecond");
  }
}
