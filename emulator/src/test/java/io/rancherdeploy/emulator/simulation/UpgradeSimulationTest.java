package io.rancherdeploy.emulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ResourceChange;
import io.rancherdeploy.emulator.model.Resources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeSimulationTest {

  private static final String V2 = "\"launchConfig\":{\"imageUuid\":\"docker:nginx:2\"}";

  private static String activeWeb(World world, int scale) {
    world.images.define("nginx:1", ImageBehaviour.defaults().withPullDelay(Duration.ZERO));
    world.images.define("nginx:2", ImageBehaviour.defaults().withPullDelay(Duration.ZERO));
    String web =
        world.activated(
            "{\"name\":\"web\",\"scale\":"
                + scale
                + ",\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}");
    world.settle();
    return web;
  }

  /**
   * The most new containers ever running (or starting) at once while old ones still ran, per
   * change.
   */
  private static List<String> timeline(World world, String serviceId) {
    List<String> timeline = new ArrayList<>();
    world.store.addListener(
        (ResourceChange change) -> {
          if (change.type().apiName().equals("container")) {
            long oldLive =
                world.containers(serviceId).stream()
                    .filter(
                        c ->
                            c.path("imageUuid").asText().endsWith(":1")
                                && Resources.state(c).equals("running"))
                    .count();
            long newLive =
                world.containers(serviceId).stream()
                    .filter(
                        c ->
                            c.path("imageUuid").asText().endsWith(":2")
                                && Resources.state(c).equals("running"))
                    .count();
            String point = oldLive + "/" + newLive;
            if (timeline.isEmpty() || !timeline.get(timeline.size() - 1).equals(point)) {
              timeline.add(point);
            }
          }
        });
    return timeline;
  }

  @Test
  void stopFirstBatchesNeverRunMoreThanTheScaleAndEndUpgraded() {
    World world = new World(3);
    String web = activeWeb(world, 3);
    List<String> timeline = timeline(world, web);

    ObjectNode upgrading =
        world.action(
            web,
            "upgrade",
            "{\"inServiceStrategy\":{\"batchSize\":1," + "\"intervalMillis\":2000," + V2 + "}}");
    assertThat(Resources.state(upgrading)).isEqualTo("upgrading");
    world.settle();

    assertThat(world.state(web)).isEqualTo("upgraded");
    assertThat(timeline).containsExactly("2/0", "2/1", "1/1", "1/2", "0/2", "0/3");
    ObjectNode strategy = (ObjectNode) world.get(web).path("upgrade").path("inServiceStrategy");
    assertThat(strategy.path("batchSize").asInt()).isEqualTo(1);
    assertThat(strategy.path("previousLaunchConfig").path("imageUuid").asText())
        .isEqualTo("docker:nginx:1");
    assertThat(world.get(web).path("launchConfig").path("version").asText()).isNotEqualTo("0");
    assertThat(world.states(web))
        .containsExactly(
            "running:docker:nginx:2",
            "running:docker:nginx:2",
            "running:docker:nginx:2",
            "stopped:docker:nginx:1",
            "stopped:docker:nginx:1",
            "stopped:docker:nginx:1");
  }

  @Test
  void startFirstStartsTheNewBatchBeforeStoppingTheOld() {
    World world = new World(3);
    String web = activeWeb(world, 2);
    List<String> timeline = timeline(world, web);

    world.action(
        web, "upgrade", "{\"inServiceStrategy\":{\"batchSize\":2,\"startFirst\":true," + V2 + "}}");
    world.settle();

    assertThat(timeline).containsExactly("2/0", "2/1", "2/2", "1/2", "0/2");
    assertThat(world.state(web)).isEqualTo("upgraded");
  }

  @Test
  void intervalMillisPassesBetweenBatches() {
    World world = new World(2);
    String web = activeWeb(world, 2);
    world.action(
        web,
        "upgrade",
        "{\"inServiceStrategy\":{\"batchSize\":1,\"intervalMillis\":60000," + V2 + "}}");

    world.advance(Duration.ofSeconds(30));
    assertThat(world.states(web))
        .filteredOn(s -> s.startsWith("running:docker:nginx:2"))
        .hasSize(1);
    assertThat(world.state(web)).isEqualTo("upgrading");
    world.advance(Duration.ofSeconds(60));
    assertThat(world.state(web)).isEqualTo("upgraded");
  }

  @Test
  void finishUpgradeRemovesTheOldContainers() {
    World world = new World(2);
    String web = activeWeb(world, 2);
    world.action(web, "upgrade", "{\"inServiceStrategy\":{" + V2 + "}}");
    world.settle();

    world.action(web, "finishupgrade", "{}");
    assertThat(world.state(web)).isEqualTo("finishing-upgrade");
    world.settle();

    assertThat(world.state(web)).isEqualTo("active");
    assertThat(world.states(web))
        .containsExactly("running:docker:nginx:2", "running:docker:nginx:2");
  }

  @Test
  void rollbackRestartsOldRemovesNewFromUpgradingToo() {
    World world = new World(2);
    String web = activeWeb(world, 2);
    world.action(
        web,
        "upgrade",
        "{\"inServiceStrategy\":{\"batchSize\":1,\"intervalMillis\":60000," + V2 + "}}");
    world.advance(Duration.ofSeconds(10));
    assertThat(world.state(web)).isEqualTo("upgrading");

    world.action(web, "rollback", "{}");
    assertThat(world.state(web)).isEqualTo("rolling-back");
    world.settle();

    assertThat(world.state(web)).isEqualTo("active");
    assertThat(world.states(web))
        .containsExactly("running:docker:nginx:1", "running:docker:nginx:1");
    assertThat(world.get(web).path("launchConfig").path("imageUuid").asText())
        .isEqualTo("docker:nginx:1");
  }

  @Test
  void rollbackEndsOnlyOnceTheRestartedOldContainersRun() {
    World world = new World(2);
    world.images.define(
        "nginx:1",
        ImageBehaviour.defaults()
            .withPullDelay(Duration.ZERO)
            .withStartDelay(Duration.ofSeconds(120)));
    world.images.define("nginx:2", ImageBehaviour.defaults().withPullDelay(Duration.ZERO));
    String web =
        world.activated("{\"name\":\"web\",\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}");
    world.advance(Duration.ofMinutes(3));
    assertThat(world.state(web)).isEqualTo("active");
    world.action(web, "upgrade", "{\"inServiceStrategy\":{" + V2 + "}}");
    world.advance(Duration.ofSeconds(10));
    assertThat(world.states(web))
        .containsExactly("running:docker:nginx:2", "stopped:docker:nginx:1");

    world.action(web, "rollback", "{}");
    world.advance(Duration.ofSeconds(100));
    assertThat(world.state(web)).isEqualTo("rolling-back");
    assertThat(world.states(web)).containsExactly("starting:docker:nginx:1");

    world.advance(Duration.ofSeconds(30));
    assertThat(world.state(web)).isEqualTo("active");
    assertThat(world.states(web)).containsExactly("running:docker:nginx:1");
  }

  @Test
  void cancelAndContinueUpgrade() {
    World world = new World(2);
    String web = activeWeb(world, 2);
    world.action(
        web,
        "upgrade",
        "{\"inServiceStrategy\":{\"batchSize\":1,\"intervalMillis\":60000," + V2 + "}}");
    world.advance(Duration.ofSeconds(10));

    world.action(web, "cancelupgrade", "{}");
    world.settle();
    assertThat(world.state(web)).isEqualTo("canceled-upgrade");
    assertThat(io.rancherdeploy.emulator.model.Lifecycle.SERVICE.actionsIn(world.state(web)))
        .contains("continueupgrade", "rollback", "remove")
        .doesNotContain("finishupgrade", "upgrade");

    world.action(web, "continueupgrade", "{}");
    world.settle();
    assertThat(world.state(web)).isEqualTo("upgraded");
    assertThat(world.states(web))
        .filteredOn(s -> s.startsWith("running"))
        .containsOnly("running:docker:nginx:2");
  }

  @Test
  void sidekickOnlyUpgradesReplaceOnlyTheSidekickAndRancherNoneDropsOne() {
    World world = new World(1);
    String web =
        world.activated(
            "{\"name\":\"web\",\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"},"
                + "\"secondaryLaunchConfigs\":[{\"name\":\"a\",\"imageUuid\":\"docker:busybox:1\"},"
                + "{\"name\":\"b\",\"imageUuid\":\"docker:busybox:1\"}]}");
    world.settle();
    String primary =
        world.containers(web).stream()
            .filter(c -> c.path("_launchConfig").asText().isEmpty())
            .findFirst()
            .map(Resources::id)
            .orElseThrow();

    world.action(
        web,
        "upgrade",
        "{\"inServiceStrategy\":{\"secondaryLaunchConfigs\":[{\"name\":\"a\","
            + "\"imageUuid\":\"docker:busybox:2\"},{\"name\":\"b\",\"imageUuid\":\"rancher/none\"}]}}");
    world.settle();
    world.action(web, "finishupgrade", "{}");
    world.settle();

    assertThat(world.state(primary)).isEqualTo("running");
    assertThat(world.states(web))
        .containsExactly("running:docker:busybox:2", "running:docker:nginx:1");
    assertThat(world.get(web).path("secondaryLaunchConfigs")).hasSize(1);
  }

  @Test
  void upgradingAnInactiveServiceStartsIt() {
    World world = new World(1);
    String web =
        world.service(
            world.stack("demo"),
            "{\"name\":\"web\",\"launchConfig\":{\"imageUuid\":\"docker:nginx:1\"}}");

    world.action(web, "upgrade", "{\"inServiceStrategy\":{" + V2 + "}}");
    world.settle();

    assertThat(world.state(web)).isEqualTo("upgraded");
    assertThat(world.states(web)).containsExactly("running:docker:nginx:2");
  }
}
