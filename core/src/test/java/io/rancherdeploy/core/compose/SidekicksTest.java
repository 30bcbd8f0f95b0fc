package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** io.rancher.sidekicks turns services into secondary launch configs of their primary. */
class SidekicksTest {
  private static final String STACK =
      """
      web:
        image: nginx
        labels: {io.rancher.sidekicks: 'data, logger'}
        volumes_from: [data]
        links: [db]
      data:
        image: busybox
        volumes: [/srv]
        command: ["true"]
        labels: {io.rancher.container.start_once: 'true'}
      logger:
        image: fluentd
        net: container:data
        links: [cache]
      db: {image: postgres}
      cache: {image: redis}
      """;

  @Test
  void sidekicksBecomeSecondaryLaunchConfigs() {
    ComposeProject project =
        Stacks.load(STACK, "web: {scale: 2}\ndata: {health_check: {port: 1}}\n");
    ServiceSpec web = project.service("web").orElseThrow();

    assertThat(project.serviceNames()).containsExactly("web", "db", "cache");
    assertThat(web.sidekicks()).extracting(Sidekick::name).containsExactly("data", "logger");
    assertThat(web.launchConfig())
        .containsEntry("dataVolumesFromLaunchConfigs", List.of("data"))
        .containsEntry("labels", Map.of("io.rancher.sidekicks", "data, logger"));
    assertThat(web.sidekick("data").orElseThrow().launchConfig())
        .containsEntry("imageUuid", "docker:busybox")
        .containsEntry("dataVolumes", List.of("/srv"))
        .containsEntry("healthCheck", Map.of("port", 1L));
    assertThat(web.sidekick("logger").orElseThrow().launchConfig())
        .containsEntry("networkMode", "container")
        .containsEntry("networkLaunchConfig", "data");
    assertThat(web.secondaryLaunchConfigs().get(0)).containsEntry("name", "data");
    assertThat(web.hashes().sidekicks()).containsOnlyKeys("data", "logger");
    assertThat(web.dependencies()).containsExactly("db", "cache");
    assertThat(web.scale()).isEqualTo(2);
  }

  @Test
  void aSidekickChangeChangesOnlyThatSidekicksHash() {
    ServiceSpec before = Stacks.load(STACK).service("web").orElseThrow();
    ServiceSpec after =
        Stacks.load(STACK.replace("image: fluentd", "image: fluentd:2"))
            .service("web")
            .orElseThrow();

    assertThat(after.hashes().launchConfig()).isEqualTo(before.hashes().launchConfig());
    assertThat(after.hashes().sidekicks().get("data"))
        .isEqualTo(before.hashes().sidekicks().get("data"));
    assertThat(after.hashes().sidekicks().get("logger"))
        .isNotEqualTo(before.hashes().sidekicks().get("logger"));
    assertThat(before.withSidekickImage("logger", "fluentd:2").hashes()).isEqualTo(after.hashes());
  }

  @Test
  void sidekickMistakes() {
    assertThat(
            Stacks.problems(
                """
                web: {image: a, labels: {io.rancher.sidekicks: 'web, side, ghost'}}
                side: {image: b, labels: {io.rancher.sidekicks: web2}}
                web2: {image: c, labels: {io.rancher.sidekicks: side}}
                """))
        .extracting(ComposeProblem::message)
        .contains(
            "a service cannot be its own sidekick",
            "the sidekick `ghost` is not a service of the files",
            "`side` is already a sidekick of `web`");
  }

  @Test
  void networkOfANonSidekickIsAnError() {
    assertThat(Stacks.problems("web: {image: a, net: 'container:db'}\ndb: {image: b}\n"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.fix())
                    .isEqualTo("list db in the io.rancher.sidekicks label of this service"));
  }
}
