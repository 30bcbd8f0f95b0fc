package io.rancherdeploy.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Resources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostAndStackSimulationTest {

  private static final String WEB =
      "{\"name\":\"web\",\"scale\":2,\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}";

  private static String hostOf(World world, String serviceId, int index) {
    return world.containers(serviceId).get(index).path("hostId").asText();
  }

  @Test
  void suspendedHostLosesItsContainersAndReplacementsComeAfterTheDelay() {
    World world = new World(3);
    String web = world.activated(WEB);
    world.settle();
    String lostHost = hostOf(world, web, 0);
    world.simulation.hostFailoverDelay(Duration.ofSeconds(30));

    world.simulation.suspendHost(lostHost);
    world.advance(Duration.ofSeconds(10));

    assertThat(world.state(lostHost)).isEqualTo("inactive");
    assertThat(world.containers(web))
        .filteredOn(c -> c.path("hostId").asText().equals(lostHost))
        .singleElement()
        .satisfies(c -> assertThat(Resources.state(c)).isEqualTo("stopped"));
    assertThat(world.get(web).path("healthState").asText()).isEqualTo("degraded");

    world.advance(Duration.ofSeconds(40));
    assertThat(world.containers(web))
        .hasSize(2)
        .allSatisfy(
            c -> {
              assertThat(Resources.state(c)).isEqualTo("running");
              assertThat(c.path("hostId").asText()).isNotEqualTo(lostHost);
            });
    assertThat(world.get(web).path("healthState").asText()).isEqualTo("healthy");

    world.simulation.resumeHost(lostHost);
    world.settle();
    assertThat(world.state(lostHost)).isEqualTo("active");
  }

  @Test
  void servicesWaitForAHostWhenNoneIsLeft() {
    World world = new World(1);
    String web =
        world.activated("{\"name\":\"web\",\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}");
    world.settle();
    String host = hostOf(world, web, 0);
    world.simulation.hostFailoverDelay(Duration.ZERO);

    world.simulation.suspendHost(host);
    world.settle();
    assertThat(world.containers(web)).isEmpty();

    world.simulation.resumeHost(host);
    world.settle();
    assertThat(world.containers(web))
        .singleElement()
        .satisfies(c -> assertThat(Resources.state(c)).isEqualTo("running"));
  }

  @Test
  void deactivatedHostsKeepTheirContainersButTakeNoNewOnes() {
    World world = new World(2);
    String web =
        world.activated("{\"name\":\"web\",\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}");
    world.settle();
    String first = hostOf(world, web, 0);

    world.simulation.hostAction(first, "deactivate");
    world.simulation.updateService(web, World.json("{\"scale\":3}"));
    world.settle();

    assertThat(world.containers(web))
        .hasSize(3)
        .allSatisfy(c -> assertThat(Resources.state(c)).isEqualTo("running"));
    assertThat(world.containers(web))
        .filteredOn(c -> c.path("hostId").asText().equals(first))
        .hasSize(1);
    assertThatThrownBy(() -> world.simulation.hostAction(first, "deactivate"))
        .isInstanceOf(ApiError.class);
    world.simulation.hostAction(first, "activate");
    world.settle();
    assertThat(world.state(first)).isEqualTo("active");
  }

  @Test
  void removingAStackRemovesItsServicesAndContainers() {
    World world = new World(2);
    String stack = world.stack("demo");
    String web = world.service(stack, WEB);
    String db =
        world.service(stack, "{\"name\":\"db\",\"launchConfig\":{\"imageUuid\":\"docker:redis\"}}");
    world.action(web, "activate", "{}");
    world.settle();

    ObjectNode removing = world.simulation.removeStack(stack);
    assertThat(Resources.state(removing)).isEqualTo("removing");
    world.settle();

    assertThat(world.state(stack)).isEqualTo("removed");
    assertThat(world.state(web)).isEqualTo("removed");
    assertThat(world.state(db)).isEqualTo("removed");
    assertThat(world.containers(web)).isEmpty();
  }

  @Test
  void stackActionsDriveTheServices() {
    World world = new World(2);
    String stack = world.stack("demo");
    assertThat(world.state(stack)).isEqualTo("active");
    String web = world.service(stack, WEB);
    String db =
        world.service(stack, "{\"name\":\"db\",\"launchConfig\":{\"imageUuid\":\"docker:redis\"}}");

    world.simulation.stackAction(stack, "activateservices", World.json("{}"));
    world.settle();
    assertThat(List.of(world.state(web), world.state(db))).containsOnly("active");
    assertThat(world.get(stack).path("healthState").asText()).isEqualTo("healthy");
    assertThat(world.get(stack).path("serviceIds")).hasSize(2);

    world.simulation.stackAction(stack, "deactivateservices", World.json("{}"));
    world.settle();
    assertThat(List.of(world.state(web), world.state(db))).containsOnly("inactive");
  }

  @Test
  void theStacksServicesAndHealthFollowEveryServiceThatJoinsFailsOrGoes() {
    World world = new World(2);
    world.images.define("nginx:bad", ImageBehaviour.defaults().neverHealthy());
    String stack = world.stack("demo");
    String web = world.service(stack, WEB);
    world.action(web, "activate", "{}");
    world.settle();
    assertThat(world.get(stack).path("serviceIds"))
        .extracting(JsonNode::asText)
        .containsExactly(web);

    // A newcomer shows at the next refresh of the stack, though web's own part did not change.
    String db =
        world.service(stack, "{\"name\":\"db\",\"launchConfig\":{\"imageUuid\":\"docker:redis\"}}");
    world.simulation.updateService(web, World.json("{\"description\":\"still healthy\"}"));
    world.settle();
    assertThat(world.get(stack).path("serviceIds"))
        .extracting(JsonNode::asText)
        .containsExactly(web, db);
    assertThat(world.get(stack).path("healthState").asText()).isEqualTo("healthy");

    world.action(
        web,
        "upgrade",
        "{\"inServiceStrategy\":{\"launchConfig\":{\"imageUuid\":\"docker:nginx:bad\","
            + "\"healthCheck\":{\"port\":80}}}}");
    world.settle();
    assertThat(world.get(web).path("healthState").asText()).isEqualTo("initializing");
    assertThat(world.get(stack).path("healthState").asText()).isEqualTo("initializing");

    world.action(web, "rollback", "{}");
    world.settle();
    assertThat(world.get(stack).path("healthState").asText()).isEqualTo("healthy");
    world.action(web, "remove", "{}");
    world.settle();
    assertThat(world.get(stack).path("serviceIds"))
        .extracting(JsonNode::asText)
        .containsExactly(db);
  }

  @Test
  void stackUpgradeFinishAndRollbackFollowTheirServices() {
    World world = new World(2);
    String stack = world.stack("demo");
    String web = world.service(stack, WEB);
    world.action(web, "activate", "{}");
    world.settle();

    world.simulation.stackAction(
        stack, "upgrade", World.json("{\"externalId\":\"catalog://x:y:2\"}"));
    world.settle();
    assertThat(world.state(stack)).isEqualTo("upgraded");
    world.action(
        web,
        "upgrade",
        "{\"inServiceStrategy\":{\"launchConfig\":{\"imageUuid\":\"docker:nginx:2\"}}}");
    world.settle();

    world.simulation.stackAction(stack, "rollback", World.json("{}"));
    world.settle();
    assertThat(world.state(stack)).isEqualTo("active");
    assertThat(world.state(web)).isEqualTo("active");
    assertThat(world.get(web).path("launchConfig").path("imageUuid").asText())
        .isEqualTo("docker:nginx:1");
    assertThat(world.get(stack).path("externalId").isNull()).isTrue();
  }

  @Test
  void exportConfigAndOutputs() {
    World world = new World(1);
    String stack = world.stack("demo");
    world.service(stack, WEB);

    ObjectNode export = world.simulation.stackAction(stack, "exportconfig", World.json("{}"));
    world.simulation.stackAction(
        stack, "addoutputs", World.json("{\"outputs\":{\"url\":\"http://x\"}}"));

    assertThat(export.path("type").asText()).isEqualTo("composeConfig");
    assertThat(export.path("dockerComposeConfig").asText())
        .contains("web:")
        .contains("image: nginx:1");
    assertThat(export.path("rancherComposeConfig").asText()).contains("scale: 2");
    assertThat(world.get(stack).path("outputs").path("url").asText()).isEqualTo("http://x");
  }

  @Test
  void stackNamesAreUniqueAndRemovedOnesFreeTheirName() {
    World world = new World(1);
    String stack = world.stack("demo");
    assertThatThrownBy(() -> world.stack("Demo"))
        .isInstanceOf(ApiError.class)
        .hasMessageContaining("Demo");

    world.simulation.removeStack(stack);
    world.settle();
    assertThat(world.state(world.stack("demo"))).isEqualTo("active");
  }

  @Test
  void containerListenersHearTheLifecycle() {
    World world = new World(1);
    List<String> heard = new ArrayList<>();
    world.simulation.addContainerListener(
        new ContainerListener() {
          @Override
          public void started(ObjectNode container) {
            heard.add("started " + Resources.name(container));
          }

          @Override
          public void stopped(ObjectNode container) {
            heard.add("stopped " + Resources.name(container));
          }

          @Override
          public void removed(ObjectNode container) {
            heard.add("removed " + Resources.name(container));
          }
        });
    String web =
        world.activated("{\"name\":\"web\",\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}");
    world.settle();
    world.simulation.removeService(web);
    world.settle();

    assertThat(heard).containsExactly("started demo-web-1", "removed demo-web-1");
  }
}
