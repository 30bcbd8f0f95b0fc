package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every rancher-compose.yml key Rancher 1.6 documents, and warnings for the ones it ignores. */
class RancherComposeTest {
  private static final String COMPOSE =
      """
      version: '2'
      services:
        web:
          image: nginx
          labels:
            io.rancher.service.selector.container: app=web
      """;

  @Test
  void serviceKeys() {
    ServiceSpec web =
        Stacks.load(
                COMPOSE,
                """
                version: '2'
                services:
                  web:
                    scale: 3
                    retain_ip: true
                    start_on_create: true
                    metadata: {io.rancher.service.hash: old, team: {name: core}, port: 80}
                    scale_policy: {min: 1, max: 4, increment: 1}
                    upgrade_strategy: {start_first: true, batch_size: 2, interval_millis: 3000}
                    drain_timeout_ms: 5000
                    milli_cpu_reservation: 250
                    health_check:
                      port: 80
                      request_line: GET /health HTTP/1.0
                      interval: 2000
                      response_timeout: 2000
                      healthy_threshold: 2
                      unhealthy_threshold: 3
                      initializing_timeout: 60000
                      reinitializing_timeout: 60000
                      strategy: recreateOnQuorum
                      recreate_on_quorum_strategy_config: {quorum: 1}
                """)
            .service("web")
            .orElseThrow();

    assertThat(web.scale()).isEqualTo(3);
    assertThat(web.upgradeStrategy())
        .isEqualTo(new UpgradeStrategy(Optional.of(2), Optional.of(3000L), Optional.of(true)));
    assertThat(web.fields())
        .containsExactly(
            Map.entry(
                "metadata",
                Map.of(
                    "io.rancher.service.hash", "old", "team", Map.of("name", "core"), "port", 80L)),
            Map.entry("scalePolicy", Map.of("min", 1L, "max", 4L, "increment", 1L)),
            Map.entry("retainIp", true),
            Map.entry("startOnCreate", true),
            Map.entry("selectorContainer", "app=web"));
    assertThat(web.launchConfig())
        .containsEntry("drainTimeoutMs", 5000L)
        .containsEntry("milliCpuReservation", 250L)
        .containsEntry(
            "healthCheck",
            Map.of(
                "port",
                80L,
                "requestLine",
                "GET /health HTTP/1.0",
                "interval",
                2000L,
                "responseTimeout",
                2000L,
                "healthyThreshold",
                2L,
                "unhealthyThreshold",
                3L,
                "initializingTimeout",
                60000L,
                "reinitializingTimeout",
                60000L,
                "strategy",
                "recreateOnQuorum",
                "recreateOnQuorumStrategyConfig",
                Map.of("quorum", 1L)));
  }

  @Test
  void unknownAndIgnoredKeysWarnWithFileAndLine() {
    ComposeProject project =
        Stacks.load(
            COMPOSE,
            """
            web:
              scael: 2
              health_check: {port: 80, intervall: 2000}
              service_schemas: {}
              links: [x]
            ghost:
              scale: 1
            """);

    assertThat(project.warnings())
        .extracting(w -> w.file() + ":" + w.line() + " " + w.path() + " " + w.fix())
        .containsExactly(
            "rancher-compose.yml:2 web.scael did you mean `scale`?",
            "rancher-compose.yml:3 web.health_check.intervall did you mean `interval`?",
            "rancher-compose.yml:4 web.service_schemas ",
            "rancher-compose.yml:5 web.links `links` belongs in docker-compose.yml",
            "rancher-compose.yml:6 ghost ");
  }

  @Test
  void wrongTypesInRancherComposeAreErrors() {
    assertThat(Stacks.problems(COMPOSE, "web: {scale: many, retain_ip: perhaps}"))
        .extracting(ComposeProblem::path)
        .containsExactly("web.scale", "web.retain_ip");
  }

  @Test
  void externalServiceWithIpsOrHostname() {
    ComposeProject project =
        Stacks.load(
            """
            db: {image: rancher/external-service}
            api: {image: rancher/external-service}
            """,
            """
            db:
              external_ips: [10.0.0.1, 10.0.0.2]
              health_check: {port: 5432, interval: 2000}
            api:
              hostname: api.example.com
            """);

    ServiceSpec db = project.service("db").orElseThrow();
    assertThat(db.type()).isEqualTo(ServiceType.EXTERNAL);
    assertThat(db.launchConfig()).isEmpty();
    assertThat(db.fields())
        .containsEntry("externalIpAddresses", List.of("10.0.0.1", "10.0.0.2"))
        .containsEntry("healthCheck", Map.of("port", 5432L, "interval", 2000L));
    assertThat(project.service("api").orElseThrow().fields())
        .containsEntry("hostname", "api.example.com");
  }

  @Test
  void externalServiceWithoutTargetIsAnError() {
    assertThat(Stacks.problems("db: {image: rancher/external-service}", "db: {scale: 1}"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("external_ips"));
  }

  @Test
  void dnsServiceLinksItsTargets() {
    ServiceSpec alias =
        Stacks.load(
                """
                alias: {image: rancher/dns-service, links: ['web:web']}
                web: {image: nginx}
                """)
            .service("alias")
            .orElseThrow();

    assertThat(alias.type()).isEqualTo(ServiceType.DNS);
    assertThat(alias.links()).extracting(ServiceLink::service).containsExactly("web");
    assertThat(alias.dependencies()).containsExactly("web");
  }

  @Test
  void catalogQuestionsAreIgnoredWithAWarning() {
    ComposeProject project =
        Stacks.load(
            COMPOSE,
            """
            .catalog:
              name: app
              questions: []
            web: {scale: 2}
            """);

    assertThat(project.service("web").orElseThrow().scale()).isEqualTo(2);
    assertThat(project.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.path()).isEqualTo(".catalog"));
  }
}
