package io.rancherdeploy.core.compose;

import static io.rancherdeploy.core.compose.Stacks.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hostile file fails fast with a clear problem: no types, bounded aliases, depth and size. */
class SafeYamlTest {
  @Test
  void customTagsAreRefused() {
    assertThat(
            problems(
                "web:\n"
                    + "  image: !!javax.script.ScriptEngineManager [!!java.net.URL"
                    + " [\"http://x\"]]\n"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.message()).contains("tag"));
  }

  @Test
  void aliasBombsStop() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    assertThat(problems(yaml.toString()))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).containsAnyOf("aliases", "too many nodes"));
  }

  @Test
  void deepNestingStops() {
    String deep = "web: " + "[".repeat(500) + "]".repeat(500) + "\n";
    assertThat(problems(deep))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("nests deeper"));
  }

  @Test
  void hugeDocumentsStop() {
    String huge =
        "web:\n  image: nginx\n  labels:\n" + "    k: \"" + "x".repeat(3 * 1024 * 1024) + "\"\n";
    assertThat(problems(huge))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("larger"));
  }

  @Test
  void recursiveAliasesStop() {
    assertThat(problems("web: &w\n  image: nginx\n  labels: *w\n")).isNotEmpty();
  }

  @Test
  void severalDocumentsAreRefused() {
    assertThat(problems("web: {image: a}\n---\ndb: {image: b}\n"))
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(3));
  }

  @Test
  void mergeKeysWorkAsInDockerCompose() {
    ServiceSpec web =
        Stacks.load(
                """
                version: '2.1'
                x-defaults: &defaults
                  image: nginx
                  environment: {A: '1'}
                services:
                  web:
                    <<: *defaults
                    tty: true
                """)
            .service("web")
            .orElseThrow();

    assertThat(web.launchConfig())
        .containsEntry("imageUuid", "docker:nginx")
        .containsEntry("environment", Map.of("A", "1"))
        .containsEntry("tty", true);
  }
}
