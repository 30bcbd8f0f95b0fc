package io.rancherdeploy.core.deploy.run;

import static io.rancherdeploy.core.deploy.run.Desired.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.ServiceResult;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import io.rancherdeploy.emulator.model.ResourceChange;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After a failure, independent services roll back in parallel up to the deploy's parallelism, and a
 * service rolls back only after those that link to it. Overlap and order are read from the
 * emulator's ordered stream of resource changes, not from the clock. The emulator runs at 1/100
 * speed so that restarting an old container (120 s simulated start delay) lasts 1.2 s, far longer
 * than two rollback requests sent together can drift apart on a loaded machine.
 */
class ParallelRollbackTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER =
      RancherEmulatorExtension.configure(b -> b.plugin(new LogsPlugin()).speed(0.01));

  private static final ImageBehaviour SLOW_START =
      ImageBehaviour.defaults().withStartDelay(Duration.ofSeconds(120));
  private static RancherClient client;

  @BeforeAll
  static void connect() {
    client = EngineHarness.connect(RANCHER.emulator());
  }

  @AfterAll
  static void close() {
    client.close();
  }

  private static EmulatorControl control() {
    return RANCHER.emulator().control();
  }

  @Test
  void independentServicesRollBackTogetherUpToTheParallelism() {
    List<String> names = List.of("a", "b", "c", "d");
    control().image("docker:par-old:1", SLOW_START);
    control().image("docker:par-bad:2", ImageBehaviour.defaults().neverHealthy());
    DeployEngine engine = new DeployEngine(client);
    deploy(
        engine, "par", names.stream().map(n -> service(n, "par-old:1").healthCheck()).toList(), 4);

    List<String[]> changes = new ArrayList<>();
    DeployResult result =
        recording(
            changes,
            () ->
                engine.deploy(
                    "par",
                    Desired.all(
                        names.stream()
                            .map(n -> service(n, "par-bad:2").healthCheck())
                            .toArray(Desired[]::new)),
                    options(2),
                    e -> {}));

    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.ROLLED_BACK);
    assertThat(mostRollingBackAtOnce(changes)).as(describe(changes)).isEqualTo(2);
    assertThat(result.services()).extracting(ServiceResult::service).containsAll(names);
    for (ServiceResult s : result.services()) {
      assertThat(s.finalState()).as(s.service()).isEqualTo("active");
      assertThat(image("par", s.service())).isEqualTo("docker:par-old:1");
    }
  }

  @Test
  void aServiceRollsBackOnlyAfterTheServicesThatLinkToIt() {
    control().image("docker:chain-old:1", SLOW_START);
    control().image("docker:chain-bad:2", ImageBehaviour.defaults().neverHealthy());
    DeployEngine engine = new DeployEngine(client);
    deploy(
        engine,
        "chain",
        List.of(
            service("web", "chain-old:1").healthCheck().link("api"),
            service("api", "chain-old:1").healthCheck(),
            service("other", "chain-old:1").healthCheck()),
        3);

    List<String[]> changes = new ArrayList<>();
    DeployResult result =
        recording(
            changes,
            () ->
                engine.deploy(
                    "chain",
                    Desired.all(
                        service("web", "chain-bad:2").healthCheck().link("api"),
                        service("api", "chain-new:2").healthCheck(),
                        service("other", "chain-new:2").healthCheck()),
                    options(3),
                    e -> {}));

    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.ROLLED_BACK);
    int webBack = indexOf(changes, "web", "active", indexOf(changes, "web", "rolling-back", 0));
    int apiRollback = indexOf(changes, "api", "rolling-back", 0);
    assertThat(webBack).isPositive();
    assertThat(apiRollback).isGreaterThan(webBack);
    Map<String, String> states =
        result.services().stream()
            .collect(Collectors.toMap(ServiceResult::service, ServiceResult::finalState));
    assertThat(states)
        .containsOnly(
            Map.entry("web", "active"), Map.entry("api", "active"), Map.entry("other", "active"));
    assertThat(image("chain", "api")).isEqualTo("docker:chain-old:1");
    assertThat(image("chain", "web")).isEqualTo("docker:chain-old:1");
  }

  private static void deploy(DeployEngine engine, String stack, List<Desired> services, int n) {
    DeployResult first =
        engine.deploy(
            stack,
            services.stream().map(Desired::build).toList(),
            EngineHarness.options().createStack(true).parallelism(n).build(),
            e -> {});
    assertThat(first.outcome())
        .as(first.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
  }

  private static io.rancherdeploy.core.deploy.DeployOptions options(int parallelism) {
    Timeouts t = EngineHarness.SHORT;
    Timeouts quickHealth =
        new Timeouts(
            t.pull(),
            t.remove(),
            t.create(),
            t.upgrade(),
            // Long enough that the emulator has stopped the old containers before the health
            // deadline ends the upgrade, even on a loaded machine: a rollback that finds them still
            // running is instant and shows no overlap.
            Duration.ofSeconds(5),
            t.finish(),
            t.rollback(),
            t.overall());
    return EngineHarness.options().timeouts(quickHealth).parallelism(parallelism).build();
  }

  /** Runs the deploy while keeping each service's state changes, in the emulator's order. */
  private static DeployResult recording(
      List<String[]> changes, java.util.function.Supplier<DeployResult> deploy) {
    Consumer<ResourceChange> listener =
        change -> {
          if (change.type().isService()) {
            synchronized (changes) {
              changes.add(
                  new String[] {
                    change.resource().path("name").asText(),
                    change.resource().path("state").asText()
                  });
            }
          }
        };
    control().addListener(listener);
    try {
      return deploy.get();
    } finally {
      control().removeListener(listener);
    }
  }

  /** The most services in {@code rolling-back} at one point of the change stream. */
  private static int mostRollingBackAtOnce(List<String[]> changes) {
    Set<String> rolling = new HashSet<>();
    int most = 0;
    synchronized (changes) {
      for (String[] c : changes) {
        if (c[1].equals("rolling-back")) {
          rolling.add(c[0]);
        } else {
          rolling.remove(c[0]);
        }
        most = Math.max(most, rolling.size());
      }
    }
    return most;
  }

  private static String describe(List<String[]> changes) {
    synchronized (changes) {
      return changes.stream().map(c -> c[0] + ":" + c[1]).collect(Collectors.joining(" "));
    }
  }

  private static int indexOf(List<String[]> changes, String service, String state, int from) {
    synchronized (changes) {
      for (int i = Math.max(0, from); i < changes.size(); i++) {
        if (changes.get(i)[0].equals(service) && changes.get(i)[1].equals(state)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String image(String stack, String service) {
    return control()
        .service(stack, service)
        .orElseThrow()
        .path("launchConfig")
        .path("imageUuid")
        .asText();
  }
}
