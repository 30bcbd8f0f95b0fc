package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import io.rancherdeploy.core.secret.Secret;
import io.rancherdeploy.core.secret.SecretMasker;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.simulation.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PullAndSecretsTest {
  private static final String CANARY = "canary-s3cr3t-4f9a";

  @RegisterExtension static final RancherEmulatorExtension RANCHER = EngineHarness.emulator();
  private static RancherClient client;

  @BeforeAll
  static void connect() {
    client = EngineHarness.connect(RANCHER.emulator());
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void pullRunsAPullTaskPerImageAndReportsEveryHost() {
    EngineHarness.Events events = new EngineHarness.Events();
    DeployResult result =
        new DeployEngine(client)
            .deploy(
                "pulled",
                Desired.all(service("web", "web:7").sidekick("log", "log:7")),
                EngineHarness.options().createStack(true).pull(true).build(),
                events);

    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    assertThat(RANCHER.emulator().control().requests())
        .filteredOn(r -> r.path().endsWith("/pulltasks") && r.method().equals("POST"))
        .hasSize(2);
    assertThat(events.lines())
        .filteredOn(l -> l.startsWith("Pulled docker:web:7 on "))
        .hasSize(3)
        .allMatch(l -> l.endsWith(": Done"));
  }

  @Test
  void aSecretNeverReachesThePlanTheEventsOrTheFailure() {
    Desired app = service("app", "app:1");
    app.launchConfig.put("environment", Map.of("DB_PASSWORD", CANARY));
    DeployEngine engine = new DeployEngine(client, SecretMasker.of(Secret.of(CANARY)));
    assertThat(
            engine
                .deploy(
                    "secrets",
                    Desired.all(app),
                    EngineHarness.options().createStack(true).build(),
                    e -> {})
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
    app.launchConfig.put("environment", Map.of("DB_PASSWORD", CANARY + "-next"));

    DeployPlan plan = engine.plan("secrets", Desired.all(app), EngineHarness.options().build());
    RANCHER
        .emulator()
        .control()
        .inject(new Fault.TransitioningError("app", "bad password " + CANARY));
    EngineHarness.Events events = new EngineHarness.Events();
    DeployResult result =
        engine.deploy("secrets", Desired.all(app), EngineHarness.options().build(), events);

    assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
    List<String> outputs = new java.util.ArrayList<>(plan.render());
    outputs.addAll(events.lines());
    outputs.add(result.toString());
    outputs.add(result.failure().orElseThrow().describe());
    assertThat(String.join("\n", outputs)).doesNotContain(CANARY).contains("****");
  }
}
