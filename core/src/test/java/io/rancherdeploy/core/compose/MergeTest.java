package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several compose files merge with docker-compose's override rules (-f base.yml -f override.yml).
 */
class MergeTest {
  private static final String BASE =
      """
      version: '2'
      services:
        web:
          image: nginx:1.13
          command: [nginx, -g, daemon off;]
          environment: {A: base, B: base}
          labels: [keep=1, replace=old]
          ports: ['80:80']
          dns: 8.8.8.8
          volumes: ['/data:/data', '/logs:/var/log']
          links: ['db:database']
          logging: {driver: json-file, options: {max-size: 10m}}
        db:
          image: postgres
      """;
  private static final String OVERRIDE =
      """
      version: '2'
      services:
        web:
          image: nginx:1.14
          command: nginx-debug
          environment: [B=override, C=new]
          labels: {replace: new}
          ports: ['443:443', '80:80']
          dns: [8.8.4.4]
          volumes: ['/other:/var/log:ro']
          links: ['db2:database']
          logging: {options: {max-file: '3'}}
        worker:
          image: worker
        db2:
          image: mysql
      """;

  private static ComposeProject load() {
    return ComposeLoader.load(
        ComposeSource.builder()
            .composeFile("base.yml", BASE)
            .composeFile("override.yml", OVERRIDE)
            .build());
  }

  @Test
  void overrideRules() {
    Map<String, Object> web = load().service("web").orElseThrow().launchConfig();

    assertThat(web)
        .containsEntry("imageUuid", "docker:nginx:1.14")
        .containsEntry("command", List.of("nginx-debug"))
        .containsEntry("environment", Map.of("A", "base", "B", "override", "C", "new"))
        .containsEntry("labels", Map.of("keep", "1", "replace", "new"))
        .containsEntry("ports", List.of("80:80/tcp", "443:443/tcp"))
        .containsEntry("dns", List.of("8.8.8.8", "8.8.4.4"))
        .containsEntry("dataVolumes", List.of("/data:/data", "/other:/var/log:ro"))
        .containsEntry(
            "logConfig",
            Map.of("driver", "json-file", "config", Map.of("max-size", "10m", "max-file", "3")));
    assertThat(load().service("web").orElseThrow().links())
        .extracting(ServiceLink::service)
        .containsExactly("db2");
  }

  @Test
  void servicesKeepTheOrderOfFirstAppearance() {
    assertThat(load().serviceNames()).containsExactly("web", "db", "worker", "db2");
  }

  @Test
  void anOverrideMayCompleteAServiceAndProblemsNameTheRightFile() {
    ComposeProject project =
        ComposeLoader.load(
            ComposeSource.builder()
                .composeFile("a.yml", "web: {tty: true}")
                .composeFile("b.yml", "web: {image: nginx}")
                .build());
    assertThat(project.service("web").orElseThrow().launchConfig()).containsEntry("tty", true);

    List<ComposeProblem> problems =
        Stacks.problems(
            ComposeSource.builder()
                .composeFile("a.yml", "web: {image: nginx}")
                .composeFile("b.yml", "web: {tyy: true}")
                .build());
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("b.yml");
              assertThat(p.fix()).isEqualTo("did you mean `tty`?");
            });
  }

  @Test
  void problemsOfEveryFileComeTogether() {
    List<ComposeProblem> problems =
        Stacks.problems(
            ComposeSource.builder()
                .composeFile("a.yml", "web: {image: nginx, tty: maybe}")
                .composeFile("b.yml", "web: {ports: [x]}")
                .rancherComposeFile("r.yml", "web: {scale: lots}")
                .build());

    assertThat(problems)
        .extracting(ComposeProblem::file)
        .containsExactly("a.yml", "b.yml", "r.yml");
  }
}
