package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both load balancer styles end in the same lbConfig port rules. */
class LoadBalancerTest {
  @Test
  void v2LbConfigPortRulesCertsAndStickiness() {
    ServiceSpec lb =
        Stacks.load(
                """
                version: '2'
                services:
                  lb:
                    image: rancher/lb-service-haproxy:v0.7.9
                    ports: ['80:80/tcp', '443:443/tcp']
                    labels: {io.rancher.container.agent.role: environmentAdmin}
                  web: {image: nginx}
                  api: {image: api}
                """,
                """
                version: '2'
                services:
                  lb:
                    scale: 2
                    lb_config:
                      certs: [wildcard]
                      default_cert: main
                      config: "global\\n  maxconn 4096"
                      stickiness_policy: {name: sticky, cookie: SRV, mode: insert, indirect: true}
                      port_rules:
                      - {source_port: 80, target_port: 5000, service: web, protocol: http, hostname: a.example.com}
                      - {source_port: 443, target_port: 8080, service: api, protocol: https, path: /api, priority: 2}
                      - {source_port: 80, target_port: 80, service: other-stack/app}
                    health_check: {port: 42, interval: 2000}
                """)
            .service("lb")
            .orElseThrow();

    assertThat(lb.type()).isEqualTo(ServiceType.LOAD_BALANCER);
    assertThat(lb.launchConfig())
        .containsEntry("imageUuid", "docker:rancher/lb-service-haproxy:v0.7.9")
        .containsEntry("ports", List.of("80:80/tcp", "443:443/tcp"));
    assertThat(lb.fields().get("lbConfig"))
        .isEqualTo(
            Map.of(
                "portRules",
                    List.of(
                        Map.of(
                            "sourcePort",
                            80L,
                            "targetPort",
                            5000L,
                            "service",
                            "web",
                            "protocol",
                            "http",
                            "hostname",
                            "a.example.com"),
                        Map.of(
                            "sourcePort",
                            443L,
                            "targetPort",
                            8080L,
                            "service",
                            "api",
                            "protocol",
                            "https",
                            "path",
                            "/api",
                            "priority",
                            2L),
                        Map.of("sourcePort", 80L, "targetPort", 80L, "service", "other-stack/app")),
                "certificateNames", List.of("wildcard"),
                "defaultCertificateName", "main",
                "config", "global\n  maxconn 4096",
                "stickinessPolicy",
                    Map.of("name", "sticky", "cookie", "SRV", "mode", "insert", "indirect", true)));
    assertThat(lb.dependencies()).containsExactly("web", "api");
    assertThat(lb.links()).isEmpty();
    assertThat(lb.scale()).isEqualTo(2);
  }

  @Test
  void legacyLabelsWithSslPortsPathsAndSeveralTargets() {
    ServiceSpec lb =
        Stacks.load(
                """
                lb:
                  image: rancher/load-balancer-service
                  ports: ['80', '443', '8080:90']
                  labels:
                    io.rancher.loadbalancer.ssl.ports: '443'
                    io.rancher.loadbalancer.target.web: a.com:80/shop=5000,443=5001
                    io.rancher.container.pull_image: always
                  links: [web, api:backend]
                web: {image: nginx}
                api: {image: api}
                """)
            .service("lb")
            .orElseThrow();

    assertThat(lb.launchConfig())
        .containsEntry("ports", List.of("80:80/tcp", "443:443/tcp", "8080:8080/tcp"))
        .containsEntry("labels", Map.of("io.rancher.container.pull_image", "always"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rules =
        (List<Map<String, Object>>)
            ((Map<String, Object>) lb.fields().get("lbConfig")).get("portRules");
    assertThat(rules)
        .containsExactly(
            Map.of(
                "sourcePort",
                80L,
                "targetPort",
                5000L,
                "service",
                "web",
                "protocol",
                "http",
                "hostname",
                "a.com",
                "path",
                "/shop"),
            Map.of("sourcePort", 443L, "targetPort", 5001L, "service", "web", "protocol", "https"),
            Map.of("sourcePort", 80L, "targetPort", 80L, "service", "api", "protocol", "http"),
            Map.of("sourcePort", 443L, "targetPort", 443L, "service", "api", "protocol", "https"),
            Map.of("sourcePort", 8080L, "targetPort", 90L, "service", "api", "protocol", "http"));
    assertThat(lb.dependencies()).containsExactly("web", "api");
  }

  @Test
  void portRuleMistakesAreLocated() {
    List<ComposeProblem> problems =
        Stacks.problems(
            """
            lb: {image: rancher/lb-service-haproxy}
            web: {image: nginx}
            """,
            """
            lb:
              lb_config:
                port_rules:
                - {source_port: 80, target_port: 80, service: wbe}
                - {source_port: 42, target_port: 80, service: web}
                - {source_port: 81, service: web}
                - {source_port: 82, target_port: 80, service: web, selector: a=b}
            """);

    assertThat(problems)
        .extracting(p -> p.path() + " | " + p.message() + " | " + p.fix())
        .containsExactly(
            "lb.lb_config.port_rules[0].service | `wbe` is not a service of the compose files | did"
                + " you mean `web`?",
            "lb.lb_config.port_rules[1] | source port 42 is reserved for the health check | ",
            "lb.lb_config.port_rules[2] | a rule with a service needs `target_port` | ",
            "lb.lb_config.port_rules[3] | a port rule needs exactly one of `service` and `selector`"
                + " | ");
    assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("rancher-compose.yml"));
  }
}
