package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.ServiceResult;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RollingUpgradeTest {
  @RegisterExtension static final EngineFixture ENGINE = new EngineFixture();

  static String action(RecordedRequest r) {
    return r.query().getOrDefault("action", List.of("")).get(0);
  }

  private static String state(String stack, String service) {
    return ENGINE.control().service(stack, service).orElseThrow().path("state").asText();
  }

  @Test
  void onlyTheChangedServiceIsUpgradedHealthGatedAndFinished() {
    Desired web = service("web", "web:1").healthCheck().link("db");
    Desired db = service("db", "db:1");
    DeployEngine engine = ENGINE.deployed("roll", web, db);
    ENGINE.control().clearRequests();

    DeployResult result =
        engine.deploy(
            "roll", Desired.all(web.image("web:2"), db), EngineHarness.options().build(), e -> {});

    assertThat(result.outcome())
        .as(result.failure().map(f -> f.describe()).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    ServiceResult webResult =
        result.services().stream().filter(s -> s.service().equals("web")).findFirst().orElseThrow();
    assertThat(webResult.action()).isEqualTo(ServiceAction.UPGRADE);
    assertThat(webResult.oldImage()).contains("web:1");
    assertThat(webResult.newImage()).contains("web:2");
    assertThat(webResult.finalState()).isEqualTo("active");
    ObjectNode live = ENGINE.control().service("roll", "web").orElseThrow();
    assertThat(live.path("launchConfig").path("imageUuid").asText()).isEqualTo("docker:web:2");
    assertThat(live.path("upgrade").path("inServiceStrategy").path("batchSize").asInt())
        .isEqualTo(1);
    List<RecordedRequest> changes =
        ENGINE.control().requests().stream().filter(r -> !r.method().equals("GET")).toList();
    assertThat(changes)
        .extracting(RollingUpgradeTest::action)
        .containsExactly("upgrade", "finishupgrade");
    assertThat(changes).allMatch(r -> r.path().contains(live.path("id").asText()));
  }

  @Test
  void finishOffLeavesTheUpgradeOpenAndTheFinishOperationClosesItFromTheStackNameAlone() {
    Desired api = service("api", "api:1");
    DeployEngine engine = ENGINE.deployed("gate", api);

    DeployResult open =
        engine.deploy(
            "gate",
            Desired.all(api.image("api:2")),
            EngineHarness.options().finish(false).build(),
            e -> {});
    assertThat(open.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(state("gate", "api")).isEqualTo("upgraded");

    DeployResult finished =
        engine.finish("gate", Set.of(), EngineHarness.options().build(), e -> {});
    assertThat(finished.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(finished.services())
        .extracting(ServiceResult::action)
        .containsExactly(ServiceAction.FINISH);
    assertThat(state("gate", "api")).isEqualTo("active");
  }

  @Test
  void theRollbackOperationPutsTheOldImageBack() {
    Desired api = service("api", "api:1");
    DeployEngine engine = ENGINE.deployed("back", api);
    engine.deploy(
        "back",
        Desired.all(api.image("api:2")),
        EngineHarness.options().finish(false).build(),
        e -> {});

    DeployResult rolled =
        engine.rollback("back", Set.of("api"), EngineHarness.options().build(), e -> {});

    assertThat(rolled.outcome()).isEqualTo(Outcome.SUCCESS);
    ObjectNode live = ENGINE.control().service("back", "api").orElseThrow();
    assertThat(live.path("state").asText()).isEqualTo("active");
    assertThat(live.path("launchConfig").path("imageUuid").asText()).isEqualTo("docker:api:1");
  }

  @Test
  void aLeftoverUpgradeIsFinishedBeforeTheNextOne() {
    Desired api = service("api", "api:1");
    DeployEngine engine = ENGINE.deployed("leftover", api);
    engine.deploy(
        "leftover",
        Desired.all(api.image("api:2")),
        EngineHarness.options().finish(false).build(),
        e -> {});

    DeployResult next =
        engine.deploy(
            "leftover",
            Desired.all(api.image("api:3")),
            EngineHarness.options().leftoverUpgrade(LeftoverUpgrade.FINISH).build(),
            e -> {});

    assertThat(next.outcome())
        .as(next.failure().map(f -> f.describe()).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    ObjectNode live = ENGINE.control().service("leftover", "api").orElseThrow();
    assertThat(live.path("state").asText()).isEqualTo("active");
    assertThat(live.path("launchConfig").path("imageUuid").asText()).isEqualTo("docker:api:3");
  }

  @Test
  void onlyTheChangedSidekickIsSentAndARemovedOneGoesAsRancherNone() {
    Desired app = service("app", "app:1").sidekick("log", "log:1").sidekick("old", "old:1");
    DeployEngine engine = ENGINE.deployed("sidekicks", app);
    ENGINE.control().clearRequests();
    Desired next = service("app", "app:1").sidekick("log", "log:2");

    DeployResult result =
        engine.deploy("sidekicks", Desired.all(next), EngineHarness.options().build(), e -> {});

    assertThat(result.outcome())
        .as(result.failure().map(f -> f.describe()).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    RecordedRequest upgrade =
        ENGINE.control().requests().stream()
            .filter(r -> action(r).equals("upgrade"))
            .findFirst()
            .orElseThrow();
    assertThat(upgrade.body()).doesNotContain("\"launchConfig\"");
    ObjectNode live = ENGINE.control().service("sidekicks", "app").orElseThrow();
    List<String> names = new java.util.ArrayList<>();
    live.path("secondaryLaunchConfigs").forEach(s -> names.add(s.path("name").asText()));
    assertThat(names).containsExactly("log");
  }
}
