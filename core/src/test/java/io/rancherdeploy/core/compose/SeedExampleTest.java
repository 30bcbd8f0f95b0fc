package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The users' stack (examples/stacksonstacks) loads and converts exactly as rancher-compose would
 * post it.
 */
class SeedExampleTest {
  private static final Path DIR = Path.of("src/test/resources/compose/stacksonstacks");

  private static ComposeProject load() {
    return ComposeLoader.load(
        ComposeSource.builder()
            .composeFile(DIR.resolve("docker-compose.yml"))
            .rancherComposeFile(DIR.resolve("rancher-compose.yml"))
            .build());
  }

  @Test
  void servicesKeepFileOrderAndTypes() {
    ComposeProject project = load();

    assertThat(project.serviceNames()).containsExactly("RancherLB", "flask-nanoservice");
    assertThat(project.service("RancherLB").orElseThrow().type())
        .isEqualTo(ServiceType.LOAD_BALANCER);
    assertThat(project.service("flask-nanoservice").orElseThrow().type())
        .isEqualTo(ServiceType.SERVICE);
    assertThat(project.usedVariables()).isEmpty();
    assertThat(project.warnings()).isEmpty();
  }

  @Test
  void appLaunchConfigIsWhatRancherComposePosts() {
    ServiceSpec app = load().service("flask-nanoservice").orElseThrow();

    assertThat(app.launchConfig())
        .containsExactly(
            Map.entry("imageUuid", "docker:smoll/flask-nanoservice:latest"),
            Map.entry("labels", Map.of("io.rancher.container.pull_image", "always")),
            Map.entry("tty", true),
            Map.entry("networkMode", "managed"),
            Map.entry("logConfig", Map.of()));
    assertThat(app.scale()).isEqualTo(1);
    assertThat(app.sidekicks()).isEmpty();
    assertThat(app.fields()).isEmpty();
    assertThat(app.links()).isEmpty();
    assertThat(app.dependencies()).isEmpty();
    assertThat(app.upgradeStrategy()).isEqualTo(UpgradeStrategy.unset());
  }

  @Test
  void loadBalancerLabelsBecomePortRulesNamingTheTarget() {
    ServiceSpec lb = load().service("RancherLB").orElseThrow();

    assertThat(lb.launchConfig())
        .containsExactly(
            Map.entry("imageUuid", "docker:" + ServiceFieldsMapper.DEFAULT_LB_IMAGE),
            Map.entry("tty", true),
            Map.entry("networkMode", "managed"),
            Map.entry("logConfig", Map.of()),
            Map.entry(
                "healthCheck",
                Map.of(
                    "port",
                    42L,
                    "interval",
                    2000L,
                    "unhealthyThreshold",
                    3L,
                    "healthyThreshold",
                    2L,
                    "responseTimeout",
                    2000L)),
            Map.entry("ports", List.of("80:80/tcp")));
    assertThat(lb.fields())
        .containsExactly(
            Map.entry(
                "lbConfig",
                Map.of(
                    "portRules",
                    List.of(
                        Map.of(
                            "sourcePort",
                            80L,
                            "targetPort",
                            5000L,
                            "service",
                            "flask-nanoservice",
                            "protocol",
                            "http",
                            "hostname",
                            "flask-nanoservice.examplez.com")))));
    assertThat(lb.links()).isEmpty();
    assertThat(lb.dependencies()).containsExactly("flask-nanoservice");
    assertThat(lb.scale()).isEqualTo(1);
  }

  @Test
  void hashesAreSha256HexAndStable() {
    ServiceSpec first = load().service("flask-nanoservice").orElseThrow();
    ServiceSpec second = load().service("flask-nanoservice").orElseThrow();

    assertThat(first.hashes().launchConfig()).matches("[0-9a-f]{64}");
    assertThat(first.hashes().service()).matches("[0-9a-f]{64}");
    assertThat(first.hashes()).isEqualTo(second.hashes());
    assertThat(first.withImage("smoll/flask-nanoservice:1.0").hashes().launchConfig())
        .isNotEqualTo(first.hashes().launchConfig());
    assertThat(first.withImage("smoll/flask-nanoservice:1.0").image())
        .isEqualTo(Optional.of("smoll/flask-nanoservice:1.0"));
  }
}
