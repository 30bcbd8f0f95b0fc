package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** The parsers of step parameters, over generated input. */
class ParameterParsingPropertiesTest {
  @Property(tries = 200)
  void aDurationWithAnyUnitParsesToItsValue(@ForAll @LongRange(max = 100_000) long n) {
    assertThat(OptionMapping.duration("timeout", n + "ms")).isEqualTo(Duration.ofMillis(n));
    assertThat(OptionMapping.duration("timeout", n + "s")).isEqualTo(Duration.ofSeconds(n));
    assertThat(OptionMapping.duration("timeout", String.valueOf(n)))
        .isEqualTo(Duration.ofSeconds(n));
    assertThat(OptionMapping.duration("timeout", " " + n + "m ")).isEqualTo(Duration.ofMinutes(n));
  }

  @Property(tries = 200)
  void anythingElseIsRejectedNamingTheParameter(
      @ForAll @StringLength(min = 1, max = 12) String text) {
    if (text.trim().toLowerCase().matches("\\d+\\s*(ms|s|m|h)?")) {
      return;
    }
    assertThatThrownBy(() -> OptionMapping.duration("healthTimeout", text))
        .hasMessageStartingWith("healthTimeout: ");
  }

  @Provide
  Arbitrary<Map<String, String>> variables() {
    Arbitrary<String> names =
        Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> values =
        Arbitraries.strings().ascii().excludeChars('\n', '\r').ofMaxLength(30).map(String::strip);
    return Arbitraries.maps(names, values).ofMaxSize(8).map(LinkedHashMap::new);
  }

  @Property(tries = 200)
  void variableLinesReadBackWhatWasWritten(@ForAll("variables") Map<String, String> variables) {
    String text =
        variables.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n", "# generated\n", "\n"));

    assertThat(VariableLines.parse(text)).isEqualTo(variables);
  }

  @Property(tries = 200)
  void anyListOfNamesSurvivesTheSeparatorsUsersWrite(
      @ForAll("names") java.util.List<String> names, @ForAll("separators") String separator) {
    assertThat(OptionMapping.list(String.join(separator, names))).containsExactlyElementsOf(names);
  }

  @Provide
  Arbitrary<java.util.List<String>> names() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('-')
        .ofMinLength(1)
        .ofMaxLength(10)
        .list()
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(",", ", ", " ", "\n", " ,\n");
  }
}
