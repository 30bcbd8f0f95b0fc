package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** render() prints the merged, interpolated stack as normalized docker-compose v2 YAML. */
class RenderTest {
  @Test
  void normalizedLikeDockerComposeConfig() {
    ComposeProject project =
        ComposeLoader.load(
            ComposeSource.builder()
                .composeFile(
                    "a.yml",
                    """
                    web:
                      image: nginx:${TAG}
                      environment: [B=2, A=1]
                      ports: [80, '8080:5000/udp']
                      links: [db]
                      net: host
                      log_driver: syslog
                    db:
                      image: postgres
                      stop_signal: SIGINT
                    """)
                .variable("TAG", "1.13")
                .build());

    assertThat(project.render())
        .isEqualTo(
            """
            version: '2'
            services:
              db:
                image: postgres
                stop_signal: SIGINT
              web:
                environment:
                  A: '1'
                  B: '2'
                image: nginx:1.13
                links:
                - db
                logging:
                  driver: syslog
                network_mode: host
                ports:
                - 80/tcp
                - 8080:5000/udp
            """);
  }

  @Test
  void renderedYamlLoadsBackToTheSameHashes() {
    String compose =
        """
        version: '2'
        services:
          web:
            image: nginx
            command: echo "hello world"
            volumes: ['/a:/b:ro']
            ulimits: {nofile: {soft: 1, hard: 2}}
            mem_limit: 1g
            labels: {io.rancher.sidekicks: side}
          side:
            image: busybox
            stop_grace_period: 1m30s
        volumes:
          data: {driver: local}
        """;
    ComposeProject first = Stacks.load(compose);
    ComposeProject second = Stacks.load(first.render());

    assertThat(second.service("web").orElseThrow().hashes())
        .isEqualTo(first.service("web").orElseThrow().hashes());
  }
}
