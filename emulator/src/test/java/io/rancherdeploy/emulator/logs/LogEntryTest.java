package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogEntryTest {

  private static final Instant TIME = Instant.parse("2017-04-27T21:33:51.123456789Z");

  @Test
  void framesStdoutStderrAndTtyWithTheAgentsCodes() {
    assertThat(new LogEntry(1, TIME, LogStream.STDOUT, "up").frame(false)).isEqualTo("01 up\n");
    assertThat(new LogEntry(1, TIME, LogStream.STDERR, "oops").frame(false)).isEqualTo("02 oops\n");
    assertThat(new LogEntry(1, TIME, LogStream.TTY, "$ ls").frame(false)).isEqualTo("00 $ ls\n");
  }

  @Test
  void putsDockersFixedNanosecondTimestampBeforeTheLine() {
    assertThat(new LogEntry(1, TIME, LogStream.STDOUT, "Running").frame(true))
        .isEqualTo("01 2017-04-27T21:33:51.123456789Z Running\n");
    assertThat(
            new LogEntry(1, Instant.parse("2017-04-27T21:33:51Z"), LogStream.STDERR, "x")
                .frame(true))
        .isEqualTo("02 2017-04-27T21:33:51.000000000Z x\n");
  }

  @Test
  void refusesTextWithANewline() {
    assertThatThrownBy(() -> new LogEntry(1, TIME, LogStream.STDOUT, "a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
  }

  @Test
  void eachLineGetsItsOwnSecondAcrossSecondBoundaries() {
    Instant[] times = {
      Instant.parse("2017-04-27T21:33:59.999999999Z"),
      Instant.parse("2017-04-27T21:34:00.000000001Z"),
      Instant.parse("2017-04-27T21:33:59.5Z"),
      Instant.parse("1999-12-31T23:59:59.000123Z")
    };
    for (Instant time : times) {
      assertThat(new LogEntry(1, time, LogStream.STDOUT, "x").frame(true))
          .isEqualTo(
              "01 "
                  + java.time.format.DateTimeFormatter.ofPattern(
                          "uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                      .withZone(java.time.ZoneOffset.UTC)
                      .format(time)
                  + " x\n");
    }
  }
}
