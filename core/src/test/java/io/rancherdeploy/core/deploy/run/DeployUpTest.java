package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.ServiceResult;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.PlanRejectedException;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeployUpTest {
  @RegisterExtension static final EngineFixture ENGINE = new EngineFixture();

  @Test
  void upCreatesTheStackWhenAskedAndStartsServicesAfterWhatTheyLinkTo() {
    List<DesiredService> files =
        Desired.all(
            service("web", "web:1").link("redis").healthCheck().scale(2),
            service("redis", "redis:3"));
    EngineHarness.Events events = new EngineHarness.Events();

    DeployResult result =
        new DeployEngine(ENGINE.client())
            .deploy("fresh", files, EngineHarness.options().createStack(true).build(), events);

    assertThat(result.outcome())
        .as(result.failure().map(f -> f.describe()).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    assertThat(result.services())
        .extracting(ServiceResult::service, ServiceResult::action, ServiceResult::finalState)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("redis", ServiceAction.CREATE, "active"),
            org.assertj.core.groups.Tuple.tuple("web", ServiceAction.CREATE, "active"));
    assertThat(result.services().get(1).runningInstances()).isEqualTo(2);
    ObjectNode web = ENGINE.control().service("fresh", "web").orElseThrow();
    ObjectNode redis = ENGINE.control().service("fresh", "redis").orElseThrow();
    assertThat(web.path("state").asText()).isEqualTo("active");
    assertThat(web.path("linkedServices").path("redis").asText())
        .isEqualTo(redis.path("id").asText());
    assertThat(web.path("metadata").path("io.rancher.service.hash").asText()).hasSize(64);
    assertThat(ENGINE.control().containers(web.path("id").asText()))
        .allSatisfy(c -> assertThat(c.path("healthState").asText()).isEqualTo("healthy"));
    assertThat(events.lines())
        .anyMatch(l -> l.startsWith("WARN Creating stack fresh"))
        .anyMatch(
            l -> l.matches("\\[1/2\\] \\[redis\\]: Started \\(1 running\\) \\(\\d+\\.\\d s\\)"))
        .anyMatch(
            l -> l.matches("\\[2/2\\] \\[web\\]: Started \\(2 running\\) \\(\\d+\\.\\d s\\)"));
    List<String> order = events.lines().stream().filter(l -> l.contains("Activating")).toList();
    assertThat(order).hasSize(2);
    assertThat(order.get(0)).contains("[redis]");
  }

  @Test
  void aMissingStackIsRefusedBeforeAnyRequestThatChangesSomething() {
    ENGINE.control().clearRequests();
    assertThatThrownBy(
            () ->
                new DeployEngine(ENGINE.client())
                    .deploy(
                        "nowhere",
                        Desired.all(service("web", "web:1")),
                        EngineHarness.options().build(),
                        e -> {}))
        .isInstanceOf(PlanRejectedException.class)
        .hasMessageContaining("stack nowhere does not exist");
    assertThat(ENGINE.control().requests()).extracting(RecordedRequest::method).containsOnly("GET");
    assertThat(ENGINE.control().stack("nowhere")).isEmpty();
  }

  @Test
  void aSecondRunWithUnchangedFilesChangesNothing() {
    List<DesiredService> files =
        Desired.all(service("app", "app:1").link("db"), service("db", "db:1"));
    DeployEngine engine = new DeployEngine(ENGINE.client());
    assertThat(
            engine
                .deploy("again", files, EngineHarness.options().createStack(true).build(), e -> {})
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
    ENGINE.control().clearRequests();

    DeployResult second = engine.deploy("again", files, EngineHarness.options().build(), e -> {});

    assertThat(second.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(second.services())
        .extracting(ServiceResult::action)
        .containsOnly(ServiceAction.UNCHANGED);
    assertThat(ENGINE.control().requests()).extracting(RecordedRequest::method).containsOnly("GET");
    assertThat(engine.plan("again", files, EngineHarness.options().build()).changesNothing())
        .isTrue();
  }
}
