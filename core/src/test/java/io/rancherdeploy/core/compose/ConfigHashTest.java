package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What changes a hash and what does not. */
class ConfigHashTest {
  private static ConfigHashes hashes(String compose, String rancher) {
    return Stacks.load(compose, rancher).service("web").orElseThrow().hashes();
  }

  private static final String WEB =
      """
      web:
        image: nginx:1.13
        environment: {A: '1', B: '2'}
        labels: {x: y}
        ports: ['8080:80', '443']
        links: [db]
      db: {image: postgres}
      """;

  @Test
  void equivalentSpellingsHashAlike() {
    ConfigHashes reference = hashes(WEB, "web: {scale: 1}");
    String respelled =
        """
        version: '2'
        services:
          db:
            image: postgres
          web:
            links: ['db:db']
            ports:
            - '443/tcp'
            - {target: 80, published: 8080}
            labels: [x=y]
            environment: [B=2, A=1]
            image: nginx:1.13
        """;

    assertThat(hashes(respelled, "web: {scale: 3}")).isEqualTo(reference);
  }

  @Test
  void scaleLinksAndTheHashLabelTakeNoPart() {
    ConfigHashes reference = hashes(WEB, "web: {scale: 1}");

    assertThat(hashes(WEB.replace("links: [db]", "links: []"), "web: {scale: 5}"))
        .isEqualTo(reference);
    assertThat(
            hashes(
                WEB.replace("labels: {x: y}", "labels: {x: y, io.rancher.service.hash: abc}"),
                "web: {metadata: {io.rancher.service.hash: old}}"))
        .isEqualTo(reference);
  }

  @Test
  void meaningfulChangesChangeTheRightHash() {
    ConfigHashes reference = hashes(WEB, "web: {scale: 1}");

    ConfigHashes image = hashes(WEB.replace("nginx:1.13", "nginx:1.14"), "web: {scale: 1}");
    assertThat(image.launchConfig()).isNotEqualTo(reference.launchConfig());
    assertThat(image.service()).isEqualTo(reference.service());

    ConfigHashes env = hashes(WEB.replace("B: '2'", "B: '3'"), "web: {scale: 1}");
    assertThat(env.launchConfig()).isNotEqualTo(reference.launchConfig());

    ConfigHashes health = hashes(WEB, "web: {health_check: {port: 80}}");
    assertThat(health.launchConfig()).isNotEqualTo(reference.launchConfig());

    ConfigHashes metadata = hashes(WEB, "web: {metadata: {team: core}}");
    assertThat(metadata.launchConfig()).isEqualTo(reference.launchConfig());
    assertThat(metadata.service()).isNotEqualTo(reference.service());
  }
}
