package io.rancherdeploy.core.compose.variables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterpolatorTest {
  private final Map<String, String> vars = Map.of("TAG", "1.0", "EMPTY", "", "Mixed_Case1", "ok");
  private final Interpolator interpolator =
      new Interpolator(name -> Optional.ofNullable(vars.get(name)));
  private final List<Interpolator.Issue> issues = new ArrayList<>();

  private String run(String text) {
    return interpolator.interpolate(text, issues::add);
  }

  @Test
  void everyFormOfTheRules() {
    assertThat(run("nginx:$TAG")).isEqualTo("nginx:1.0");
    assertThat(run("nginx:${TAG}-alpine")).isEqualTo("nginx:1.0-alpine");
    assertThat(run("${Mixed_Case1}")).isEqualTo("ok");
    assertThat(run("${EMPTY:-dflt}|${EMPTY-dflt}|${NOPE-dflt}|${NOPE:-}")).isEqualTo("dflt||dflt|");
    assertThat(run("${TAG:?must be set}|${EMPTY?set but empty is fine}")).isEqualTo("1.0|");
    assertThat(run("price: $$5 and $${TAG}")).isEqualTo("price: $5 and ${TAG}");
    assertThat(run("${NOPE:-a default with spaces and $ signs}"))
        .isEqualTo("a default with spaces and $ signs");
    assertThat(issues).isEmpty();
  }

  @Test
  void missingAndRequiredAreReportedAndTheRestGoesOn() {
    assertThat(run("$A-${B}-${EMPTY:?needs a value}-${C?no C}-$TAG"))
        .isEqualTo("--" + "-" + "-1.0");
    assertThat(issues)
        .containsExactly(
            new Interpolator.Issue(Interpolator.Issue.Kind.MISSING, "A", ""),
            new Interpolator.Issue(Interpolator.Issue.Kind.MISSING, "B", ""),
            new Interpolator.Issue(Interpolator.Issue.Kind.REQUIRED, "EMPTY", "needs a value"),
            new Interpolator.Issue(Interpolator.Issue.Kind.REQUIRED, "C", "no C"));
  }

  @Test
  void invalidFormatsAreSyntaxErrors() {
    for (String bad :
        List.of("$", "a $ b", "${}", "${TAG", "${TAG:}", "${1A}", "$1", "${TAG+x}", "${TA G}")) {
      issues.clear();
      assertThat(run(bad)).as(bad).isEqualTo(bad);
      assertThat(issues)
          .as(bad)
          .extracting(Interpolator.Issue::kind)
          .containsExactly(Interpolator.Issue.Kind.SYNTAX);
    }
  }
}
