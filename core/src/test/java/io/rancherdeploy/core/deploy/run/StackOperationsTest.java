package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.ServiceResult;
import io.rancherdeploy.core.deploy.Strategy;
import io.rancherdeploy.core.deploy.plan.PlanRejectedException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Recreate, remove, scale, restart and prune against the emulator. */
class StackOperationsTest {
  @RegisterExtension static final EngineFixture ENGINE = new EngineFixture();

  @Test
  void recreateRemovesWaitsAndCreatesAgain() {
    Desired web = service("web", "web:1");
    DeployEngine engine = ENGINE.deployed("again", web);
    String oldId = ENGINE.control().service("again", "web").orElseThrow().path("id").asText();

    DeployResult result =
        engine.deploy(
            "again",
            Desired.all(web.image("web:2")),
            EngineHarness.options().strategy(Strategy.RECREATE).build(),
            e -> {});

    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    ObjectNode now = ENGINE.control().service("again", "web").orElseThrow();
    assertThat(now.path("id").asText()).isNotEqualTo(oldId);
    assertThat(now.path("launchConfig").path("imageUuid").asText()).isEqualTo("docker:web:2");
    assertThat(ENGINE.control().resource(oldId).orElseThrow().path("state").asText())
        .isEqualTo("removed");
  }

  @Test
  void removeOfServicesWaitsUntilTheyAreGoneAndRemoveOfTheStackTakesEverything() {
    DeployEngine engine = ENGINE.deployed("rm", service("a", "a:1"), service("b", "b:1"));

    DeployResult one = engine.remove("rm", Set.of("a"), EngineHarness.options().build(), e -> {});
    assertThat(one.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(ENGINE.control().service("rm", "a")).isEmpty();
    assertThat(ENGINE.control().service("rm", "b")).isPresent();

    assertThatThrownBy(
            () -> engine.remove("rm", Set.of("nope"), EngineHarness.options().build(), e -> {}))
        .isInstanceOf(PlanRejectedException.class)
        .hasMessageContaining("has no service 'nope'");

    DeployResult all = engine.remove("rm", Set.of(), EngineHarness.options().build(), e -> {});
    assertThat(all.outcome())
        .as(all.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    assertThat(ENGINE.control().stack("rm")).isEmpty();
  }

  @Test
  void scaleChangesTheLiveScaleAndWaitsForTheContainers() {
    DeployEngine engine = ENGINE.deployed("scaled", service("web", "web:1"));

    DeployResult result =
        engine.scale("scaled", Map.of("web", 3), EngineHarness.options().build(), e -> {});

    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    assertThat(result.services())
        .extracting(
            ServiceResult::action, ServiceResult::runningInstances, ServiceResult::desiredInstances)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ServiceAction.SCALE, 3, 3));
    String id = ENGINE.control().service("scaled", "web").orElseThrow().path("id").asText();
    assertThat(ENGINE.control().containers(id))
        .filteredOn(c -> c.path("state").asText().equals("running"))
        .hasSize(3);
  }

  @Test
  void restartRestartsEveryContainerInPlaceAndWaitsUntilTheyRunAgain() {
    DeployEngine engine = ENGINE.deployed("restarted", service("web", "web:1").scale(2));
    String id = ENGINE.control().service("restarted", "web").orElseThrow().path("id").asText();
    Map<String, Integer> startsBefore = starts(id);
    ENGINE.control().clearRequests();

    DeployResult result =
        engine.restart(
            "restarted",
            Set.of(),
            EngineHarness.options().batchSize(1).interval(java.time.Duration.ZERO).build(),
            e -> {});

    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    assertThat(result.services())
        .extracting(ServiceResult::action, ServiceResult::runningInstances)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ServiceAction.RESTART, 2));
    assertThat(startsBefore).hasSize(2);
    Map<String, Integer> startsAfter = starts(id);
    assertThat(startsAfter.keySet()).as("the same containers").isEqualTo(startsBefore.keySet());
    startsBefore.forEach(
        (container, n) -> assertThat(startsAfter.get(container)).as(container).isEqualTo(n + 1));
    assertThat(ENGINE.control().requests())
        .filteredOn(r -> r.query().getOrDefault("action", java.util.List.of()).contains("restart"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.body())
                    .contains("\"rollingRestartStrategy\"")
                    .contains("\"batchSize\":1")
                    .contains("\"intervalMillis\":0"));
  }

  @Test
  void restartOfAServiceThatIsNotThereIsRefusedBeforeAnyChange() {
    DeployEngine engine = ENGINE.deployed("restart-typo", service("web", "web:1"));
    ENGINE.control().clearRequests();

    assertThatThrownBy(
            () ->
                engine.restart(
                    "restart-typo", Set.of("wbe"), EngineHarness.options().build(), e -> {}))
        .isInstanceOf(PlanRejectedException.class)
        .hasMessageContaining("has no service 'wbe'; it has: web");
    assertThat(ENGINE.control().requests()).allMatch(r -> r.method().equals("GET"));
  }

  private static Map<String, Integer> starts(String serviceId) {
    Map<String, Integer> starts = new java.util.TreeMap<>();
    ENGINE.control().containers(serviceId).stream()
        .filter(c -> c.path("state").asText().equals("running"))
        .forEach(c -> starts.put(c.path("id").asText(), c.path("startCount").asInt()));
    return starts;
  }

  @Test
  void pruneRemovesServicesThatLeftTheFilesOnlyWhenAsked() {
    Desired keep = service("keep", "keep:1");
    DeployEngine engine = ENGINE.deployed("prune", keep, service("gone", "gone:1"));

    DeployResult kept =
        engine.deploy("prune", Desired.all(keep), EngineHarness.options().build(), e -> {});
    assertThat(kept.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(ENGINE.control().service("prune", "gone")).isPresent();

    DeployResult pruned =
        engine.deploy(
            "prune", Desired.all(keep), EngineHarness.options().prune(true).build(), e -> {});
    assertThat(pruned.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(pruned.services())
        .extracting(ServiceResult::service, ServiceResult::action)
        .contains(org.assertj.core.groups.Tuple.tuple("gone", ServiceAction.REMOVE));
    assertThat(ENGINE.control().service("prune", "gone")).isEmpty();
  }
}
