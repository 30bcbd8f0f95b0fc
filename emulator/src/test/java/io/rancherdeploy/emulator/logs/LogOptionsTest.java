package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class LogOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

  private static LogOptions read(String json) throws Exception {
    return LogOptions.fromInput(JSON.readTree(json), NOW);
  }

  @Test
  void aNullInputGetsCattlesDefaults() {
    // rancher-compose posts the body "null"
    assertThat(LogOptions.fromInput(NullNode.getInstance(), NOW))
        .isEqualTo(new LogOptions(true, 100, true, Optional.empty()));
    assertThat(LogOptions.fromInput(null, NOW)).isEqualTo(LogOptions.defaults());
  }

  @Test
  void readsWhatTheCliSends() throws Exception {
    assertThat(read("{\"follow\":false,\"lines\":5,\"timestamps\":false,\"since\":\"\"}"))
        .isEqualTo(new LogOptions(false, 5, false, Optional.empty()));
    assertThat(read("{\"since\":\"2026-11-25T00:59:00Z\"}").since())
        .contains(Instant.parse("2026-11-25T00:59:00Z"));
  }

  @Test
  void namesTheFieldOfAWrongType() {
    assertThatThrownBy(() -> read("{\"follow\":\"yes\"}"))
        .isInstanceOfSatisfying(
            LogInputException.class, e -> assertThat(e.fieldName()).isEqualTo("follow"))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> read("{\"lines\":2.5}"))
        .isInstanceOfSatisfying(
            LogInputException.class, e -> assertThat(e.fieldName()).isEqualTo("lines"));
    assertThatThrownBy(() -> read("{\"since\":\"yesterday\"}"))
        .isInstanceOfSatisfying(
            LogInputException.class, e -> assertThat(e.fieldName()).isEqualTo("since"))
        .hasMessageContaining("yesterday")
        .hasMessageContaining("RFC 3339");
    assertThatThrownBy(() -> read("[1]"))
        .isInstanceOf(LogInputException.class)
        .hasMessageContaining("JSON object");
  }

  @Test
  void readsGoDurationsBackFromNow() {
    assertThat(LogSince.parse("1h30m", NOW)).contains(NOW.minus(Duration.ofMinutes(90)));
    assertThat(LogSince.parse("1.5s", NOW)).contains(NOW.minusMillis(1500));
    assertThat(LogSince.parse("250ms", NOW)).contains(NOW.minusMillis(250));
  }

  @Property
  void unixSecondsAndRfc3339MeanTheSameInstant(
      @ForAll @LongRange(min = 0, max = 4_000_000_000L) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant instant = Instant.ofEpochSecond(seconds, nanos);
    String unix = seconds + "." + String.format("%09d", nanos);
    assertThat(LogSince.parse(unix, NOW)).contains(instant);
    assertThat(LogSince.parse(instant.toString(), NOW)).contains(instant);
    assertThat(LogSince.parse(Long.toString(seconds), NOW))
        .contains(Instant.ofEpochSecond(seconds));
  }

  @Property
  void minutesAndSecondsAddUp(
      @ForAll @IntRange(min = 0, max = 10_000) int minutes,
      @ForAll @IntRange(min = 0, max = 59) int seconds) {
    Optional<Instant> since = LogSince.parse(minutes + "m" + seconds + "s", NOW);
    assertThat(since).contains(NOW.minusSeconds(minutes * 60L + seconds));
  }

  @Property
  void garbageNeverPassesSilently(@ForAll("garbage") String text) {
    assertThatThrownBy(() -> LogSince.parse(text, NOW)).isInstanceOf(LogInputException.class);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> garbage() {
    return net.jqwik.api.Arbitraries.strings()
        .alpha()
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.isBlank());
  }

  @Test
  void jsonNodeOfANumberSinceIsUnixSeconds() throws Exception {
    JsonNode input = JSON.readTree("{\"since\":1493328831}");
    assertThat(LogOptions.fromInput(input, NOW).since())
        .contains(Instant.ofEpochSecond(1493328831));
  }
}
