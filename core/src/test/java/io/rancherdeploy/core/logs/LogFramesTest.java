package io.rancherdeploy.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LogFramesTest {
  @Test
  void readsStdoutWithATimestamp() {
    List<LogFrames.Parsed> lines =
        LogFrames.parse(
            "01 2017-04-27T21:33:51.123456789Z Running on http://0.0.0.0:5000/\n", true);
    assertThat(lines)
        .containsExactly(
            new LogFrames.Parsed(
                LogLine.Stream.STDOUT,
                java.util.Optional.of(Instant.parse("2017-04-27T21:33:51.123456789Z")),
                "Running on http://0.0.0.0:5000/"));
  }

  @Test
  void readsStderrTtyAndUnknownCodes() {
    assertThat(LogFrames.parse("02 oops\n", false).get(0).stream())
        .isEqualTo(LogLine.Stream.STDERR);
    assertThat(LogFrames.parse("00 tty line\n", false).get(0).stream())
        .isEqualTo(LogLine.Stream.TTY);
    assertThat(LogFrames.parse("07 what\n", false).get(0).stream())
        .isEqualTo(LogLine.Stream.STDERR);
  }

  @Test
  void dropsTinyFramesAndKeepsEmptyLines() {
    assertThat(LogFrames.parse("01 ", false)).isEmpty();
    assertThat(LogFrames.parse("01\n", false)).isEmpty();
    assertThat(LogFrames.parse(null, false)).isEmpty();
    assertThat(LogFrames.parse("01 \n", false))
        .extracting(LogFrames.Parsed::text)
        .containsExactly("");
    assertThat(LogFrames.parse("01 a\nb\n", false))
        .extracting(LogFrames.Parsed::text)
        .containsExactly("a", "b");
  }

  @Test
  void aLineThatDoesNotStartWithATimestampIsKeptWhole() {
    LogFrames.Parsed line = LogFrames.parse("01 hello world\n", true).get(0);
    assertThat(line.timestamp()).isEmpty();
    assertThat(line.text()).isEqualTo("hello world");
  }

  @Test
  void offsetsAndCarriageReturns() {
    LogFrames.Parsed line = LogFrames.parse("02 2020-01-01T01:00:00+01:00 x\r\n", true).get(0);
    assertThat(line.timestamp()).contains(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(line.text()).isEqualTo("x");
  }

  @Provide
  Arbitrary<String> lineText() {
    return Arbitraries.strings()
        .ofMaxLength(200)
        .filter(s -> s.indexOf('\n') < 0 && s.indexOf('\r') < 0);
  }

  @Property(tries = 500)
  void framesRoundTrip(
      @ForAll("lineText") String text,
      @ForAll @IntRange(min = 0, max = 2) int code,
      @ForAll boolean withTimestamp,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant time = Instant.ofEpochSecond(1_500_000_000L, nanos);
    String frame = "0" + code + " " + (withTimestamp ? time + " " : "") + text + "\n";
    List<LogFrames.Parsed> parsed = LogFrames.parse(frame, withTimestamp);
    if (frame.length() <= 3 || (frame.length() == 4 && frame.endsWith("\n"))) {
      assertThat(parsed).hasSizeLessThanOrEqualTo(1);
      return;
    }
    assertThat(parsed).hasSize(1);
    LogFrames.Parsed line = parsed.get(0);
    assertThat(line.stream()).isEqualTo(LogLine.Stream.values()[code == 0 ? 2 : code - 1]);
    if (withTimestamp) {
      assertThat(line.timestamp()).contains(time);
      assertThat(line.text()).isEqualTo(text);
    } else {
      assertThat(line.text()).isEqualTo(text);
    }
  }

  @Property(tries = 500)
  void dockersFixedNanosecondTimestampsReadAsTheInstantTheyName(
      @ForAll @IntRange(min = 0, max = 2_000_000_000) int seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @IntRange(min = 0, max = 9) int digits) {
    Instant time = Instant.ofEpochSecond(seconds * 100L, nanos);
    String fixed =
        java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC)
                .format(time)
            + (digits == 0 ? "" : "." + String.format("%09d", nanos).substring(0, digits))
            + "Z";
    Instant expected =
        Instant.ofEpochSecond(
            time.getEpochSecond(),
            digits == 0
                ? 0
                : nanos / (int) Math.pow(10, 9 - digits) * (int) Math.pow(10, 9 - digits));
    LogFrames.Parsed line = LogFrames.parse("01 " + fixed + " text\n", true).get(0);
    assertThat(line.timestamp()).contains(expected);
    assertThat(line.text()).isEqualTo("text");
  }

  @Test
  void impossibleDatesAreNotTimestamps() {
    assertThat(LogFrames.parse("01 2017-02-30T10:00:00.000000000Z x\n", true).get(0).timestamp())
        .isEmpty();
    assertThat(LogFrames.parse("01 2017-02-03T24:00:00Z x\n", true).get(0).timestamp()).isEmpty();
  }
}
