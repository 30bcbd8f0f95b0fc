package io.rancherdeploy.core.compose.variables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The interpolator against a reference of the rules: docker-compose's own regular expression
 * ({@code compose/config/interpolation.py}), evaluated with Python's semantics.
 */
class InterpolationPropertiesTest {
  private static final Map<String, String> VARS =
      Map.of("A", "alpha", "B", "", "C_1", "$notInterpolated");
  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\$(?:(?<escaped>\\$)|(?<named>[_a-z][_a-z0-9]*)|\\{(?<braced>[_a-z][_a-z0-9]*)"
              + "(?:(?<sep>:?[-?])(?<arg>[^}]*))?\\}|(?<invalid>))",
          Pattern.CASE_INSENSITIVE);

  /** The reference: the substituted text, or empty when docker-compose would refuse the value. */
  static Optional<String> reference(String text, List<String> missing, List<String> required) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      last = m.end();
      if (m.group("invalid") != null) {
        return Optional.empty();
      }
      if (m.group("escaped") != null) {
        out.append('$');
        continue;
      }
      String name = m.group("named") != null ? m.group("named") : m.group("braced");
      String value = VARS.get(name);
      String sep = m.group("sep");
      if (sep == null) {
        if (value == null) {
          missing.add(name);
        }
        out.append(value == null ? "" : value);
        continue;
      }
      boolean unset = value == null || (sep.startsWith(":") && value.isEmpty());
      if (sep.endsWith("-")) {
        out.append(unset ? m.group("arg") : value);
      } else if (unset) {
        required.add(name);
      } else {
        out.append(value);
      }
    }
    out.append(text.substring(last));
    return Optional.of(out.toString());
  }

  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("ab -:/=.}{?").ofMaxLength(4),
            Arbitraries.of(
                "$", "$$", "$A", "$B", "$C_1", "$NOPE", "${A}", "${NOPE}", "${", "${A", "$1",
                "${ A}", "$}"),
            Arbitraries.of("A", "B", "NOPE", "C_1")
                .flatMap(
                    name ->
                        Arbitraries.of(":-", "-", ":?", "?", ":", "+", "")
                            .flatMap(
                                sep ->
                                    Arbitraries.strings()
                                        .withChars("xy $-:?{")
                                        .ofMaxLength(3)
                                        .map(arg -> "${" + name + sep + arg + "}"))));
    return pieces.list().ofMaxSize(6).map(list -> String.join("", list));
  }

  @Property(tries = 2000)
  void agreesWithTheReference(@ForAll("templates") String text) {
    List<String> missing = new ArrayList<>();
    List<String> required = new ArrayList<>();
    Optional<String> expected = reference(text, missing, required);

    List<Interpolator.Issue> issues = new ArrayList<>();
    String actual =
        new Interpolator(name -> Optional.ofNullable(VARS.get(name)))
            .interpolate(text, issues::add);

    if (expected.isEmpty()) {
      assertThat(issues)
          .extracting(Interpolator.Issue::kind)
          .contains(Interpolator.Issue.Kind.SYNTAX);
      return;
    }
    assertThat(actual).isEqualTo(expected.get());
    assertThat(
            issues.stream()
                .filter(i -> i.kind() == Interpolator.Issue.Kind.MISSING)
                .map(Interpolator.Issue::name))
        .containsExactlyElementsOf(missing);
    assertThat(
            issues.stream()
                .filter(i -> i.kind() == Interpolator.Issue.Kind.REQUIRED)
                .map(Interpolator.Issue::name))
        .containsExactlyElementsOf(required);
  }

  @Property(tries = 500)
  void textWithoutDollarIsUnchanged(@ForAll String text) {
    String plain = text.replace("$", "");
    assertThat(
            new Interpolator(name -> Optional.empty())
                .interpolate(
                    plain,
                    issue -> {
                      throw new AssertionError(issue.toString());
                    }))
        .isEqualTo(plain);
  }
}
