package io.rancherdeploy.core.compose;

import static io.rancherdeploy.core.compose.Stacks.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.core.ErrorKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem names the file, line, column, field path, what was expected and the likely fix. */
class LocatedErrorsTest {
  @Test
  void unknownKeyGetsDidYouMeanWithLineAndColumn() {
    List<ComposeProblem> problems =
        problems(
            """
            version: '2'
            services:
              web:
                image: nginx
                enviroment:
                  A: b
            """);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("docker-compose.yml");
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.column()).isEqualTo(5);
              assertThat(p.path()).isEqualTo("services.web.enviroment");
              assertThat(p.fix()).isEqualTo("did you mean `environment`?");
              assertThat(p.describe())
                  .startsWith("docker-compose.yml:5:5: services.web.enviroment: unknown key");
            });
  }

  @Test
  void everyProblemOfTheFileIsReportedTogether() {
    List<ComposeProblem> problems =
        problems(
            """
            version: '2'
            services:
              web:
                image: nginx
                ports:
                - "80"
                - "eighty:80"
                tty: maybe
              db:
                imgae: postgres
            """);

    assertThat(problems)
        .extracting(ComposeProblem::path)
        .containsExactly("services.web.ports[1]", "services.web.tty", "services.db.imgae");
    assertThat(problems.get(0).line()).isEqualTo(7);
    assertThat(problems.get(0).expected()).contains("container");
    assertThat(problems.get(1).expected()).isEqualTo("true or false");
    assertThat(problems.get(2).fix()).isEqualTo("did you mean `image`?");
    // Whether a service has an image is known only after every file merged, so it is checked next.
    assertThat(problems("version: '2'\nservices:\n  db:\n    tty: true\n"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no `image`"));
  }

  @Test
  void theExceptionIsInvalidInputWithOneLinePerProblem() {
    assertThatThrownBy(() -> Stacks.load("web: {image: nginx, tty: maybe, prots: [80]}"))
        .isInstanceOfSatisfying(
            ComposeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
              assertThat(e.getMessage())
                  .startsWith("The compose files have 2 problems:")
                  .contains(
                      "docker-compose.yml:1:", "web.tty", "web.prots", "did you mean `ports`?");
            });
  }

  @Test
  void wrongTypesSayWhatWasExpected() {
    List<ComposeProblem> problems =
        problems(
            """
            web:
              image: [nginx]
              environment: 12
              command: {a: b}
              labels:
                enabled: true
            """);

    assertThat(problems)
        .extracting(ComposeProblem::path)
        .containsExactly("web.image", "web.environment", "web.command", "web.labels.enabled");
    assertThat(problems.get(0).message()).isEqualTo("found a list");
    assertThat(problems.get(0).expected()).isEqualTo("a string");
    assertThat(problems.get(3).fix()).isEqualTo("quote it: 'true'");
  }

  @Test
  void yamlSyntaxErrorsAreLocatedWithAnIndentationHint() {
    List<ComposeProblem> problems =
        problems(
            """
            web:
              image: nginx
               ports: ['80']
            """);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).startsWith("YAML syntax error");
              assertThat(p.fix()).contains("indentation");
            });
  }

  @Test
  void v2KeysInV1AndV3AreExplained() {
    assertThat(problems("web: {image: nginx, network_mode: host}"))
        .singleElement()
        .satisfies(p -> assertThat(p.fix()).isEqualTo("write `net` in this format"));
    assertThat(problems("version: '3'\nservices: {web: {image: nginx}}"))
        .singleElement()
        .satisfies(p -> assertThat(p.fix()).contains("version: '2'"));
    assertThat(problems("services:\n  web: {image: nginx}"))
        .first()
        .satisfies(p -> assertThat(p.fix()).isEqualTo("add version: '2' at the top of the file"));
  }

  @Test
  void unknownReferencesAreErrors() {
    List<ComposeProblem> problems =
        problems(
            """
            web:
              image: nginx
              links: [dbb]
              labels: {io.rancher.sidekicks: helpr}
            db: {image: postgres}
            helper: {image: busybox}
            """);

    assertThat(problems)
        .extracting(ComposeProblem::fix)
        .containsExactlyInAnyOrder("did you mean `helper`?", "did you mean `db`?");
  }

  @Test
  void emptyMissingAndAbsentFilesAreProblems() {
    assertThat(problems(""))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("the file is empty"));
    assertThat(problems(ComposeSource.builder().build()))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("no compose file was given"));
    assertThat(problems(ComposeSource.builder().composeFile(Path.of("does/not/exist.yml")).build()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(Path.of("does/not/exist.yml").toString());
              assertThat(p.message()).isEqualTo("the file does not exist");
            });
  }

  @Test
  void duplicateKeysNameBothLines() {
    assertThat(problems("web:\n  image: a\n  image: b\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).contains("duplicate key `image` (first at line 2)");
            });
  }

  @Test
  void invalidServiceNamesSuggestAValidOne() {
    assertThat(problems("my_web: {image: nginx}"))
        .singleElement()
        .satisfies(p -> assertThat(p.fix()).isEqualTo("rename it to `my-web`"));
  }

  @Test
  void problemsNeverCarryAStackTraceWorthShowing() {
    assertThatThrownBy(() -> Stacks.load("web: {image: nginx, ports: ['99999']}"))
        .isInstanceOf(ComposeException.class)
        .satisfies(e -> assertThat(e.getCause()).isNull());
  }

  @Test
  void namesThatDifferOnlyInCaseAndExternalServicesWithoutTarget() {
    assertThat(
            problems("Web: {image: a}\nweb: {image: b}\next: {image: rancher/external-service}\n"))
        .extracting(ComposeProblem::message)
        .containsExactly(
            "`web` and `Web` differ only in case; Rancher service names are unique regardless of"
                + " case",
            "an external service needs `external_ips` or `hostname` in rancher-compose.yml");
  }

  @Test
  void badHostIpsArePortErrors() {
    assertThat(problems("web: {image: a, ports: ['localhost:80:80']}"))
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("web.ports[0]"));
  }
}
