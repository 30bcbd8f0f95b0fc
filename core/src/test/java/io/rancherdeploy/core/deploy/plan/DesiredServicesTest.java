package io.rancherdeploy.core.deploy.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.compose.ComposeLoader;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.compose.ComposeSource;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.ServiceAction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The users' stack (compose's copy of examples/stacksonstacks) through the adapter and the planner.
 */
class DesiredServicesTest {
  private static final Path DIR = Path.of("src/test/resources/compose/stacksonstacks");

  private static ComposeProject seed() {
    return ComposeLoader.load(
        ComposeSource.builder()
            .composeFile(DIR.resolve("docker-compose.yml"))
            .rancherComposeFile(DIR.resolve("rancher-compose.yml"))
            .build());
  }

  @Test
  void theSeedStackPlansTheBalancerAfterItsTarget() {
    List<DesiredService> services = DesiredServices.of(seed());
    assertThat(services)
        .extracting(DesiredService::name)
        .containsExactlyInAnyOrder("RancherLB", "flask-nanoservice");
    DesiredService lb =
        services.stream().filter(s -> s.name().equals("RancherLB")).findFirst().orElseThrow();
    assertThat(lb.kind()).isEqualTo(ServiceKind.LOAD_BALANCER);
    assertThat(lb.needs()).containsExactly("flask-nanoservice");

    DeployPlan plan =
        Planner.plan(
            "stacksonstacks",
            services,
            RemoteState.noStack(),
            DeployOptions.builder().createStack(true).build());
    assertThat(plan.services())
        .extracting(ServicePlan::service)
        .containsExactly("flask-nanoservice", "RancherLB");
    assertThat(plan.services()).extracting(ServicePlan::action).containsOnly(ServiceAction.CREATE);
    assertThat(plan.services().get(1).after()).containsExactly("flask-nanoservice");
  }

  @Test
  void hashesCarryOverSoThatTheSameFilesPlanNothing() {
    List<DesiredService> services = DesiredServices.of(seed());
    List<RemoteService> live =
        services.stream()
            .map(
                s ->
                    new RemoteService(
                        "1s-" + s.name(),
                        s.name(),
                        s.kind(),
                        ServiceState.ACTIVE,
                        s.scale(),
                        s.hashes(),
                        s.launchConfig(),
                        s.sidekicks(),
                        s.serviceFields(),
                        java.util.Map.of()))
            .toList();
    DeployPlan plan =
        Planner.plan(
            "stacksonstacks",
            services,
            new RemoteState(java.util.Optional.of("1st1"), live),
            DeployOptions.defaults());
    assertThat(plan.changesNothing()).isTrue();
  }
}
