package io.rancherdeploy.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Resources;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSimulationTest {

  private static final String NGINX =
      "{\"name\":\"web\",\"scale\":2,\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}";

  @Test
  void createRegistersThenRestsInactive() {
    World world = new World(3);
    String stack = world.stack("demo");
    String id =
        Resources.id(
            world.simulation.createService(
                world.project,
                io.rancherdeploy.emulator.model.ResourceType.SERVICE,
                World.json("{\"name\":\"web\",\"stackId\":\"" + stack + "\"}")));

    assertThat(world.state(id)).isEqualTo("registering");
    assertThat(world.get(id).path("transitioning").asText()).isEqualTo("yes");
    world.settle();
    assertThat(world.state(id)).isEqualTo("inactive");
    assertThat(world.get(id).path("transitioning").asText()).isEqualTo("no");
    assertThat(world.get(id).path("launchConfig").path("version").asText()).isEqualTo("0");
  }

  @Test
  void activationPlacesScaleTimesUnitSizeContainersOverHosts() {
    World world = new World(3);
    String web =
        world.activated(
            "{\"name\":\"web\",\"scale\":3,\"launchConfig\":"
                + "{\"imageUuid\":\"docker:nginx:1\"},\"secondaryLaunchConfigs\":[{\"name\":\"side\","
                + "\"imageUuid\":\"docker:busybox\"}]}");
    assertThat(world.state(web)).isEqualTo("activating");
    world.settle();

    assertThat(world.state(web)).isEqualTo("active");
    List<ObjectNode> containers = world.containers(web);
    assertThat(containers).hasSize(6);
    assertThat(containers)
        .extracting(Resources::name)
        .contains("demo-web-1", "demo-web-side-1", "demo-web-3");
    for (ObjectNode c : containers) {
      String sidekickHost =
          containers.stream()
              .filter(o -> o.path("_unit").asInt() == c.path("_unit").asInt())
              .map(o -> o.path("hostId").asText())
              .distinct()
              .reduce((a, b) -> a + "," + b)
              .orElseThrow();
      assertThat(sidekickHost).doesNotContain(",");
    }
    assertThat(containers.stream().map(c -> c.path("hostId").asText()).distinct()).hasSize(3);
    assertThat(world.get(web).path("currentScale").asInt()).isEqualTo(3);
  }

  @Test
  void hostPortsLimitPlacementAndSchedulingFailsWithAMessage() {
    World world = new World(2);
    String web =
        world.activated(
            "{\"name\":\"web\",\"scale\":3,\"launchConfig\":"
                + "{\"imageUuid\":\"docker:nginx:1\",\"ports\":[\"8080:80/tcp\"]}}");
    world.settle();

    assertThat(world.state(web)).isEqualTo("activating");
    assertThat(world.get(web).path("transitioningMessage").asText())
        .contains("Scheduling failed")
        .contains("8080");
    assertThat(world.containers(web)).hasSize(2);
    assertThat(world.get(web).path("publicEndpoints")).hasSize(2);
  }

  @Test
  void healthChecksGoFromInitializingToHealthy() {
    World world = new World(1);
    world.images.define(
        "nginx:1",
        ImageBehaviour.defaults()
            .withPullDelay(Duration.ZERO)
            .withStartDelay(Duration.ofSeconds(1))
            .withHealthyAfter(Duration.ofSeconds(5)));
    String web =
        world.activated(
            "{\"name\":\"web\",\"launchConfig\":"
                + "{\"imageUuid\":\"docker:nginx:1\",\"healthCheck\":{\"port\":80}}}");
    world.advance(Duration.ofSeconds(2));

    assertThat(world.state(web)).isEqualTo("active");
    assertThat(world.containers(web).get(0).path("healthState").asText()).isEqualTo("initializing");
    assertThat(world.get(web).path("healthState").asText()).isEqualTo("initializing");
    world.advance(Duration.ofSeconds(5));
    assertThat(world.get(web).path("healthState").asText()).isEqualTo("healthy");
  }

  @Test
  void neverHealthyTurnsUnhealthyAfterTheInitializingTimeout() {
    World world = new World(1);
    world.images.define("bad:1", ImageBehaviour.defaults().neverHealthy());
    String web =
        world.activated(
            "{\"name\":\"web\",\"launchConfig\":{\"imageUuid\":"
                + "\"docker:bad:1\",\"healthCheck\":{\"port\":80,\"initializingTimeout\":20000}}}");
    world.advance(Duration.ofSeconds(10));
    assertThat(world.get(web).path("healthState").asText()).isEqualTo("initializing");
    world.advance(Duration.ofSeconds(20));
    assertThat(world.get(web).path("healthState").asText()).isEqualTo("unhealthy");
  }

  @Test
  void crashAtStartKeepsTheServiceActivatingWithAMessage() {
    World world = new World(1);
    world.images.define("crash:1", ImageBehaviour.defaults().crashingAtStart());
    String web =
        world.activated("{\"name\":\"web\",\"launchConfig\":{\"imageUuid\":\"docker:crash:1\"}}");
    world.settle();

    assertThat(world.state(web)).isEqualTo("activating");
    assertThat(world.get(web).path("transitioning").asText()).isEqualTo("yes");
    assertThat(world.get(web).path("transitioningMessage").asText()).contains("exited with code 1");
    assertThat(world.containers(web).get(0).path("state").asText()).isEqualTo("stopped");
  }

  @Test
  void startOnceContainersExitWithTheirImagesCode() {
    World world = new World(1);
    world.images.define("job:1", ImageBehaviour.defaults().exitingWith(3, Duration.ofSeconds(2)));
    world.images.define("job:ok", ImageBehaviour.defaults().exitingWith(0, Duration.ofSeconds(2)));
    String stack = world.stack("demo");
    String failing =
        world.service(
            stack,
            "{\"name\":\"migrate\",\"launchConfig\":{\"imageUuid\":\"docker:job:1\","
                + "\"labels\":{\"io.rancher.container.start_once\":\"true\"}}}");
    String fine =
        world.service(
            stack,
            "{\"name\":\"seed\",\"launchConfig\":{\"imageUuid\":\"docker:job:ok\","
                + "\"labels\":{\"io.rancher.container.start_once\":\"true\"}}}");
    world.action(failing, "activate", "{}");
    world.action(fine, "activate", "{}");
    world.settle();

    assertThat(world.containers(failing).get(0).path("exitCode").asInt()).isEqualTo(3);
    assertThat(world.containers(failing).get(0).path("state").asText()).isEqualTo("stopped");
    assertThat(world.get(failing).path("healthState").asText()).isEqualTo("unhealthy");
    assertThat(world.get(fine).path("healthState").asText()).isEqualTo("started-once");
    assertThat(world.state(fine)).isEqualTo("active");
  }

  @Test
  void scaleUpAndDownThroughUpdate() {
    World world = new World(3);
    String web = world.activated(NGINX);
    world.settle();

    world.simulation.updateService(web, World.json("{\"scale\":3}"));
    assertThat(world.state(web)).isEqualTo("updating-active");
    world.settle();
    assertThat(world.state(web)).isEqualTo("active");
    assertThat(world.containers(web)).hasSize(3);

    world.simulation.updateService(web, World.json("{\"scale\":1}"));
    world.settle();
    assertThat(world.containers(web)).extracting(Resources::name).containsExactly("demo-web-1");
  }

  @Test
  void activatingStoppedContainersEndsOnlyOnceTheyRunAgain() {
    World world = new World(2);
    world.images.define(
        "nginx:1",
        ImageBehaviour.defaults()
            .withPullDelay(Duration.ZERO)
            .withStartDelay(Duration.ofSeconds(120)));
    String web = world.activated(NGINX);
    world.advance(Duration.ofMinutes(3));
    world.action(web, "deactivate", "{}");
    world.settle();
    assertThat(world.states(web)).containsOnly("stopped:docker:nginx:1");

    world.action(web, "activate", "{}");
    world.advance(Duration.ofSeconds(100));
    assertThat(world.state(web)).isEqualTo("activating");
    assertThat(world.states(web)).containsOnly("starting:docker:nginx:1");

    world.advance(Duration.ofSeconds(30));
    assertThat(world.state(web)).isEqualTo("active");
    assertThat(world.states(web)).containsOnly("running:docker:nginx:1");
  }

  @Test
  void deactivateStopsAndActivateStartsTheSameContainers() {
    World world = new World(2);
    String web = world.activated(NGINX);
    world.settle();
    List<String> ids = world.containers(web).stream().map(Resources::id).toList();

    world.action(web, "deactivate", "{}");
    assertThat(world.state(web)).isEqualTo("deactivating");
    world.settle();
    assertThat(world.state(web)).isEqualTo("inactive");
    assertThat(world.states(web)).containsOnly("stopped:docker:nginx:1");

    world.action(web, "activate", "{}");
    world.settle();
    assertThat(world.containers(web)).extracting(Resources::id).containsExactlyElementsOf(ids);
    assertThat(world.states(web)).containsOnly("running:docker:nginx:1");
  }

  @Test
  void restartStopsAndStartsEveryContainer() {
    World world = new World(2);
    String web = world.activated(NGINX);
    world.settle();

    world.action(
        web, "restart", "{\"rollingRestartStrategy\":{\"batchSize\":1,\"intervalMillis\":0}}");
    assertThat(world.state(web)).isEqualTo("restarting");
    world.settle();

    assertThat(world.state(web)).isEqualTo("active");
    assertThat(world.containers(web))
        .allSatisfy(c -> assertThat(c.path("startCount").asInt()).isEqualTo(2));
  }

  @Test
  void removeRemovesContainersAndLinks() {
    World world = new World(2);
    String stack = world.stack("demo");
    String db =
        world.service(stack, "{\"name\":\"db\",\"launchConfig\":{\"imageUuid\":\"docker:redis\"}}");
    String web = world.service(stack, NGINX);
    world.action(web, "setservicelinks", "{\"serviceLinks\":[{\"serviceId\":\"" + db + "\"}]}");
    world.action(web, "activate", "{}");
    world.settle();

    world.simulation.removeService(web);
    assertThat(world.state(web)).isEqualTo("removing");
    world.settle();

    assertThat(world.state(web)).isEqualTo("removed");
    assertThat(world.get(web).path("removed").isNull()).isFalse();
    assertThat(world.containers(web)).isEmpty();
    assertThat(
            world.store.list(
                m -> Resources.type(m).equals("serviceConsumeMap") && !Resources.isRemoved(m)))
        .isEmpty();
  }

  @Test
  void actionsOutsideTheirStartStatesAreRefusedAndChangeNothing() {
    World world = new World(1);
    String web = world.service(world.stack("demo"), NGINX);

    assertThatThrownBy(() -> world.action(web, "finishupgrade", "{}"))
        .isInstanceOf(ApiError.class)
        .hasMessageContaining("finishupgrade")
        .hasMessageContaining("inactive");
    assertThatThrownBy(() -> world.action(web, "restart", "{}")).isInstanceOf(ApiError.class);
    assertThat(world.state(web)).isEqualTo("inactive");
    assertThat(world.clock.pending()).isZero();
  }
}
