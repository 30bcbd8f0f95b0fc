package io.rancherdeploy.core.compose.variables;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.compose.yaml.Diagnostics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker-compose .env rules: comments, quotes, export, escapes, several lines. */
class EnvFileParserTest {
  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void docker_compose_rules() {
    Map<String, String> values =
        EnvFileParser.parse(
            ".env",
            """
            # a comment
            PLAIN=value
              SPACED = padded value  \s
            export EXPORTED=yes
            INLINE=kept # dropped comment
            HASH=a#b
            SINGLE='literal $HOME \\n # not a comment'
            DOUBLE="line1\\nline2 \\"quoted\\""   # comment
            EMPTY=
            EQUALS=a=b=c
            MULTI="first
            second"
            NOVALUE
            """,
            diagnostics);

    assertThat(values)
        .containsExactly(
            Map.entry("PLAIN", "value"),
            Map.entry("SPACED", "padded value"),
            Map.entry("EXPORTED", "yes"),
            Map.entry("INLINE", "kept"),
            Map.entry("HASH", "a#b"),
            Map.entry("SINGLE", "literal $HOME \\n # not a comment"),
            Map.entry("DOUBLE", "line1\nline2 \"quoted\""),
            Map.entry("EMPTY", ""),
            Map.entry("EQUALS", "a=b=c"),
            Map.entry("MULTI", "first\nsecond"));
    assertThat(diagnostics.hasErrors()).isFalse();
    assertThat(diagnostics.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.line()).isEqualTo(13));
  }

  @Test
  void badLinesAreLocatedAndTheRestIsRead() {
    Map<String, String> values =
        EnvFileParser.parse(
            "ci.env",
            """
            GOOD=1
            BAD KEY=2
            OPEN="never closed
            ALSO=3
            """,
            diagnostics);

    assertThat(values).containsEntry("GOOD", "1");
    assertThat(diagnostics.errors())
        .extracting(p -> p.file() + ":" + p.line())
        .containsExactly("ci.env:2", "ci.env:3");
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    EnvFileParser.parse("x.env", "A=\"v\" trailing\n", diagnostics);
    assertThat(diagnostics.errors())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("after the closing quote"));
  }
}
