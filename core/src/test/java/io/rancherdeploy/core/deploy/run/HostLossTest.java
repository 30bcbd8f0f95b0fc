package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.ServiceResult;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.core.deploy.plan.UpgradePolicy;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import io.rancherdeploy.emulator.model.ResourceChange;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A host goes away during a rolling upgrade (its containers are lost at once; after the failover
 * delay Rancher schedules replacements on the other hosts). The deploy either completes, with every
 * current container running on a host that is still there, or rolls back to the old image the same
 * way; whichever it reports, the emulator's final state agrees. The emulator runs at 1/100 speed so
 * that the batches (20 s apart, simulated) and the failover (10 s) happen during the deploy.
 */
class HostLossTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER =
      RancherEmulatorExtension.configure(b -> b.plugin(new LogsPlugin()).speed(0.01));

  private static RancherClient client;
  private final AtomicReference<String> lostHost = new AtomicReference<>();

  @BeforeAll
  static void connect() {
    client = EngineHarness.connect(RANCHER.emulator());
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @AfterEach
  void hostBack() {
    Optional.ofNullable(lostHost.get()).ifPresent(control()::resumeHost);
  }

  private static EmulatorControl control() {
    return RANCHER.emulator().control();
  }

  @Test
  void aHostLostMidUpgradeEndsInTheStateTheResultReports() {
    Desired web = rolling(service("web", "hostloss:1").scale(3));
    DeployEngine engine = deployed("hostloss", web);
    String host = hostOf(control().containers(id("hostloss", "web")).get(0));

    DeployResult result =
        engine.deploy(
            "hostloss",
            Desired.all(web.image("hostloss:2")),
            EngineHarness.options().build(),
            event -> {
              if (event instanceof DeployEvent.Progress p
                  && p.message().contains("Upgrading")
                  && lostHost.compareAndSet(null, host)) {
                control().suspendHost(host);
              }
            });

    assertThat(lostHost.get()).as("the host went away during the upgrade").isEqualTo(host);
    matchesTheEmulator(result, "hostloss", "web", 3);
  }

  @Test
  void aHostLostDuringAFailingUpgradeRollsBackOntoTheOtherHosts() {
    control().image("docker:lostback:2", ImageBehaviour.defaults().neverHealthy());
    Desired web = rolling(service("web", "lostback:1").healthCheck().scale(3));
    DeployEngine engine = deployed("lostback", web);
    String host = hostOf(control().containers(id("lostback", "web")).get(1));

    DeployResult result =
        engine.deploy(
            "lostback",
            Desired.all(web.image("lostback:2")),
            EngineHarness.options().timeouts(quickHealth()).build(),
            event -> {
              if (event instanceof DeployEvent.Progress p
                  && p.message().contains("Upgrading")
                  && lostHost.compareAndSet(null, host)) {
                control().suspendHost(host);
              }
            });

    assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
    matchesTheEmulator(result, "lostback", "web", 3);
  }

  @Test
  void theHostOfTheOnlyNewContainerGoesAway() {
    Desired api = rolling(service("api", "onlynew:1").scale(2));
    DeployEngine engine = deployed("onlynew", api);
    String serviceId = id("onlynew", "api");
    Consumer<ResourceChange> firstNewRunning =
        change -> {
          ObjectNode c = change.resource();
          if (change.type().name().equals("CONTAINER")
              && c.path("imageUuid").asText().equals("docker:onlynew:2")
              && c.path("state").asText().equals("running")
              && c.path("serviceIds").toString().contains(serviceId)
              && lostHost.compareAndSet(null, hostOf(c))) {
            CompletableFuture.runAsync(() -> control().suspendHost(hostOf(c)));
          }
        };
    control().addListener(firstNewRunning);
    DeployResult result;
    try {
      result =
          engine.deploy(
              "onlynew",
              Desired.all(api.image("onlynew:2")),
              EngineHarness.options().build(),
              e -> {});
    } finally {
      control().removeListener(firstNewRunning);
    }

    assertThat(lostHost.get()).as("the new container's host went away").isNotNull();
    matchesTheEmulator(result, "onlynew", "api", 2);
  }

  /**
   * The outcome is a success or a rollback, the result's final state is the emulator's, and the
   * service runs {@code scale} containers of the reported image, none on the lost host.
   */
  private void matchesTheEmulator(DeployResult result, String stack, String name, int scale) {
    String description =
        result.outcome() + " " + result.failure().map(DeployFailure::describe).orElse("");
    System.out.println("host loss, " + stack + ": " + description);
    assertThat(result.outcome()).as(description).isIn(Outcome.SUCCESS, Outcome.ROLLED_BACK);
    ObjectNode live = control().service(stack, name).orElseThrow();
    ServiceResult reported =
        result.services().stream().filter(s -> s.service().equals(name)).findFirst().orElseThrow();
    assertThat(reported.finalState()).as(description).isEqualTo(live.path("state").asText());
    assertThat(live.path("state").asText()).as(description).isEqualTo("active");
    String image = "docker:" + stack + (result.succeeded() ? ":2" : ":1");
    assertThat(live.path("launchConfig").path("imageUuid").asText()).isEqualTo(image);
    List<ObjectNode> running =
        control().containers(live.path("id").asText()).stream()
            .filter(c -> c.path("state").asText().equals("running"))
            .toList();
    assertThat(running).as(description).hasSize(scale);
    for (ObjectNode c : running) {
      assertThat(c.path("imageUuid").asText()).as(description).isEqualTo(image);
      assertThat(hostOf(c))
          .as(description + " " + c.path("name").asText())
          .isNotEqualTo(lostHost.get());
    }
  }

  private static Timeouts quickHealth() {
    Timeouts t = EngineHarness.SHORT;
    return new Timeouts(
        t.pull(),
        t.remove(),
        t.create(),
        t.upgrade(),
        Duration.ofSeconds(1),
        t.finish(),
        t.rollback(),
        t.overall());
  }

  private static Desired rolling(Desired service) {
    service.policy =
        new UpgradePolicy(Optional.of(1), Optional.of(Duration.ofSeconds(20)), Optional.of(false));
    return service;
  }

  private static DeployEngine deployed(String stack, Desired service) {
    control().hostFailoverDelay(Duration.ofSeconds(10));
    DeployEngine engine = new DeployEngine(client);
    DeployResult first =
        engine.deploy(
            stack,
            Desired.all(service),
            EngineHarness.options().createStack(true).build(),
            e -> {});
    assertThat(first.outcome())
        .as(first.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    return engine;
  }

  private static String id(String stack, String service) {
    return control().service(stack, service).orElseThrow().path("id").asText();
  }

  private static String hostOf(ObjectNode container) {
    return container.path("hostId").asText();
  }
}
