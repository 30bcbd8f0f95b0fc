package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VariableLinesTest {
  @Test
  void readsNameValueLinesSkippingCommentsAndBlanks() {
    assertThat(VariableLines.parse("TAG=42\n# comment\n\nURL=http://x/?a=b\nEMPTY=\r\n"))
        .containsExactly(
            java.util.Map.entry("TAG", "42"),
            java.util.Map.entry("URL", "http://x/?a=b"),
            java.util.Map.entry("EMPTY", ""));
  }

  @Test
  void aLineWithoutEqualsNamesItsNumber() {
    assertThatThrownBy(() -> VariableLines.parse("A=1\nB"))
        .hasMessageStartingWith("variables, line 2:");
  }

  @Test
  void imageOverridesNameTheirOwnParameterInErrors() {
    DeploySettings settings = new DeploySettings();
    settings.setImages("web=app:42\nworker app:42");
    assertThatThrownBy(() -> OptionMapping.toOptions(settings))
        .hasMessageStartingWith("images, line 2:");
  }

  @Test
  void aBadNameIsRejected() {
    assertThatThrownBy(() -> VariableLines.parse("1A=x")).hasMessageContaining("'1A'");
  }

  @Test
  void nullMeansNone() {
    assertThat(VariableLines.parse(null)).isEmpty();
  }
}
