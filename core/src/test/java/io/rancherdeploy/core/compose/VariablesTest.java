package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where values come from, which ones were used, and how unset variables are reported. */
class VariablesTest {
  private static final String COMPOSE =
      """
      web:
        image: "nginx:${TAG}"
        environment:
          FROM_FILE: ${FILE_ONLY}
          FROM_ENV: ${PROCESS_ONLY}
          DEFAULTED: ${UNSET:-fallback}
      """;

  private static ComposeSource.Builder source() {
    return ComposeSource.builder()
        .composeFile("docker-compose.yml", COMPOSE)
        .envFile("first.env", "TAG=from-first\nFILE_ONLY=first\n")
        .envFile("second.env", "TAG=from-second\nFILE_ONLY=second\n");
  }

  @Test
  void explicitThenProcessEnvironmentThenLaterEnvFiles() {
    ComposeProject project =
        ComposeLoader.load(
            source()
                .processEnvironment(Map.of("TAG", "from-process", "PROCESS_ONLY", "p"))
                .variable("TAG", "from-jenkins")
                .build());
    ServiceSpec web = project.service("web").orElseThrow();

    assertThat(web.image()).contains("nginx:from-jenkins");
    assertThat(web.launchConfig().get("environment"))
        .isEqualTo(Map.of("FROM_FILE", "second", "FROM_ENV", "p", "DEFAULTED", "fallback"));
    assertThat(project.usedVariables())
        .extracting(v -> v.name() + "=" + v.source())
        .containsExactly(
            "FILE_ONLY=ENV_FILE",
            "PROCESS_ONLY=PROCESS_ENVIRONMENT",
            "TAG=EXPLICIT",
            "UNSET=UNSET");
    assertThat(project.usedVariables().get(2).value().reveal()).isEqualTo("from-jenkins");
    assertThat(project.usedVariables().toString()).doesNotContain("from-jenkins");
  }

  @Test
  void processEnvironmentIsReadOnlyWhenAsked() {
    List<ComposeProblem> problems = Stacks.problems(source().build());

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message())
                  .isEqualTo("1 variable is not set: PROCESS_ONLY (docker-compose.yml:5)");
              assertThat(p.line()).isEqualTo(5);
            });
  }

  @Test
  void everyMissingVariableIsListedInOneProblem() {
    List<ComposeProblem> problems =
        Stacks.problems(
            ComposeSource.builder()
                .composeFile("a.yml", COMPOSE)
                .rancherComposeFile("r.yml", "web: {scale: '${SCALE}'}")
                .build());

    assertThat(problems)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "4 variables are not set: TAG (a.yml:2), FILE_ONLY (a.yml:4), PROCESS_ONLY"
                            + " (a.yml:5), SCALE (r.yml:1)"));
  }

  @Test
  void unsetVariablesMayBecomeEmptyWithAWarning() {
    ComposeProject project =
        ComposeLoader.load(
            ComposeSource.builder()
                .composeFile("a.yml", COMPOSE)
                .variable("TAG", "1")
                .unsetVariablesAsEmpty(true)
                .build());

    assertThat(project.service("web").orElseThrow().launchConfig().get("environment"))
        .isEqualTo(Map.of("FROM_FILE", "", "FROM_ENV", "", "DEFAULTED", "fallback"));
    assertThat(project.warnings())
        .extracting(ComposeProblem::message)
        .containsExactly(
            "the variable `FILE_ONLY` is not set; it became an empty string",
            "the variable `PROCESS_ONLY` is not set; it became an empty string");
  }

  @Test
  void requiredVariablesCarryTheirMessage() {
    List<ComposeProblem> problems =
        Stacks.problems("web: {image: 'nginx:${TAG:?set TAG to the build tag}'}");

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message())
                  .isEqualTo("the variable `TAG` is required: set TAG to the build tag");
              assertThat(p.path()).isEqualTo("web.image");
            });
  }

  @Test
  void invalidInterpolationIsLocated() {
    assertThat(Stacks.problems("web:\n  image: nginx\n  command: echo $ 5\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.fix()).isEqualTo("write $$ for a literal $");
            });
  }

  @Test
  void serviceEnvFilesAreReadRelativeToTheComposeFile(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("web.env"), "A=from-file\nB=from-file\n");
    java.nio.file.Files.writeString(
        dir.resolve("docker-compose.yml"),
        "web:\n  image: nginx\n  env_file: web.env\n  environment: {B: inline}\n");
    ComposeProject project =
        ComposeLoader.load(
            ComposeSource.builder().composeFile(dir.resolve("docker-compose.yml")).build());

    assertThat(project.service("web").orElseThrow().launchConfig().get("environment"))
        .isEqualTo(Map.of("A", "from-file", "B", "inline"));
  }
}
