package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

/** Loads stacks written inline in tests. */
final class Stacks {
  static final String COMPOSE = "docker-compose.yml";
  static final String RANCHER = "rancher-compose.yml";

  private Stacks() {}

  static ComposeProject load(String compose) {
    return ComposeLoader.load(ComposeSource.builder().composeFile(COMPOSE, compose).build());
  }

  static ComposeProject load(String compose, String rancher) {
    return ComposeLoader.load(
        ComposeSource.builder()
            .composeFile(COMPOSE, compose)
            .rancherComposeFile(RANCHER, rancher)
            .build());
  }

  static ServiceSpec service(String compose, String name) {
    return load(compose).service(name).orElseThrow();
  }

  static Map<String, Object> launchConfig(String compose, String name) {
    return service(compose, name).launchConfig();
  }

  static List<ComposeProblem> problems(ComposeSource source) {
    ComposeException[] caught = new ComposeException[1];
    assertThatThrownBy(() -> ComposeLoader.load(source))
        .isInstanceOfSatisfying(ComposeException.class, e -> caught[0] = e);
    return caught[0].problems();
  }

  static List<ComposeProblem> problems(String compose) {
    return problems(ComposeSource.builder().composeFile(COMPOSE, compose).build());
  }

  static List<ComposeProblem> problems(String compose, String rancher) {
    return problems(
        ComposeSource.builder()
            .composeFile(COMPOSE, compose)
            .rancherComposeFile(RANCHER, rancher)
            .build());
  }
}
