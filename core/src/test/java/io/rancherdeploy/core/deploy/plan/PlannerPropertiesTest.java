package io.rancherdeploy.core.deploy.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.ServiceAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlannerPropertiesTest {
  /**
   * A stack: for each service i, the indexes it links to (any index, so cycles happen) and whether
   * it changed.
   */
  record Shape(List<Set<Integer>> links, List<Boolean> changed) {}

  @Provide
  Arbitrary<Shape> shapes() {
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.integers()
                            .between(0, n - 1)
                            .set()
                            .ofMaxSize(3)
                            .list()
                            .ofSize(n),
                        Arbitraries.of(true, false).list().ofSize(n))
                    .as(Shape::new));
  }

  private static List<Fixtures.Svc> services(Shape shape) {
    List<Fixtures.Svc> services = new ArrayList<>();
    for (int i = 0; i < shape.links().size(); i++) {
      Fixtures.Svc s = Fixtures.svc("s" + i);
      shape.links().get(i).forEach(t -> s.link("s" + t));
      services.add(s);
    }
    return services;
  }

  private static List<DesiredService> desired(List<Fixtures.Svc> services) {
    return services.stream().map(Fixtures.Svc::desired).toList();
  }

  @Property(tries = 100)
  void everyServiceComesAfterWhatItWaitsFor(@ForAll("shapes") Shape shape) {
    DeployPlan plan =
        Planner.plan(
            "demo",
            desired(services(shape)),
            RemoteState.noStack(),
            DeployOptions.builder().createStack(true).build());
    Set<String> seen = new HashSet<>();
    for (ServicePlan service : plan.services()) {
      assertThat(seen).containsAll(service.after());
      seen.add(service.service());
      assertThat(service.action()).isEqualTo(ServiceAction.CREATE);
    }
    assertThat(seen).hasSize(shape.links().size());
  }

  @Property(tries = 100)
  void planningIsDeterministic(@ForAll("shapes") Shape shape) {
    List<DesiredService> files = desired(services(shape));
    DeployOptions options = DeployOptions.builder().createStack(true).build();
    assertThat(Planner.plan("demo", files, RemoteState.noStack(), options))
        .isEqualTo(Planner.plan("demo", files, RemoteState.noStack(), options));
  }

  @Property(tries = 100)
  void onlyChangedServicesAreUpgradedAndEachIsFinishedOnce(@ForAll("shapes") Shape shape) {
    List<Fixtures.Svc> services = services(shape);
    RemoteState remote =
        new RemoteState(
            java.util.Optional.of("1st1"), services.stream().map(Fixtures.Svc::live).toList());
    for (int i = 0; i < services.size(); i++) {
      if (shape.changed().get(i)) {
        services.get(i).image("s" + i + ":2");
      }
    }
    DeployPlan plan = Planner.plan("demo", desired(services), remote, DeployOptions.defaults());
    for (int i = 0; i < services.size(); i++) {
      String name = "s" + i;
      ServicePlan service =
          plan.services().stream().filter(s -> s.service().equals(name)).findFirst().orElseThrow();
      boolean changed = shape.changed().get(i);
      assertThat(service.action())
          .isEqualTo(changed ? ServiceAction.UPGRADE : ServiceAction.UNCHANGED);
      assertThat(
              plan.complete().stream()
                  .filter(s -> s instanceof PlanStep.FinishUpgrade f && f.name().equals(name)))
          .hasSize(changed ? 1 : 0);
      assertThat(service.after())
          .allMatch(t -> shape.changed().get(Integer.parseInt(t.substring(1))));
    }
    assertThat(plan.changesNothing()).isEqualTo(!shape.changed().contains(true));
  }
}
