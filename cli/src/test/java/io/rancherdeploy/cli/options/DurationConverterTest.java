package io.rancherdeploy.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  @Test
  void readsTheWaysPeopleWriteDurations() {
    assertThat(DurationConverter.parse("90")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationConverter.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationConverter.parse("1500ms")).isEqualTo(Duration.ofMillis(1500));
    assertThat(DurationConverter.parse("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(DurationConverter.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(DurationConverter.parse(" 2M30S ")).isEqualTo(Duration.ofSeconds(150));
    assertThat(DurationConverter.parse("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void rejectsWhatIsNotADurationWithAnExample() {
    for (String bad : new String[] {"", "10x", "m", "-5s", "1.5m", "ten", "10 m", "P"}) {
      assertThatThrownBy(() -> DurationConverter.parse(bad))
          .as(bad)
          .isInstanceOf(TypeConversionException.class)
          .hasMessageContaining("is not a duration")
          .hasMessageContaining("10m");
    }
  }

  @Property
  void partsAddUp(
      @ForAll @IntRange(max = 99) int hours,
      @ForAll @IntRange(max = 999) int minutes,
      @ForAll @IntRange(max = 9999) int seconds,
      @ForAll @IntRange(max = 99999) int millis) {
    String text = hours + "h" + minutes + "m" + seconds + "s" + millis + "ms";
    assertThat(DurationConverter.parse(text))
        .isEqualTo(
            Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusMillis(millis));
  }

  @Property
  void anyTextEitherParsesToANonNegativeDurationOrFailsClearly(
      @ForAll @StringLength(max = 12) String text) {
    try {
      assertThat(DurationConverter.parse(text)).isGreaterThanOrEqualTo(Duration.ZERO);
    } catch (TypeConversionException e) {
      assertThat(e.getMessage()).contains("is not a duration");
    }
  }
}
