package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Transitioning;
import io.rancherdeploy.core.deploy.DeployListener;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.Planner;
import io.rancherdeploy.core.deploy.plan.ServicePlan;
import io.rancherdeploy.core.secret.SecretMasker;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The engine's operations over one client: read the stack, plan (pure), run the plan. One operation
 * runs at a time per instance; {@link #cancel()} stops the running one from any thread.
 */
public final class Operations {
  private final RancherClient client;
  private final SecretMasker masker;
  private final Clock clock;
  private final ContainerTail tail;
  private volatile Cancellation current = new Cancellation();

  public Operations(RancherClient client, SecretMasker secrets, Clock clock) {
    this.client = client;
    this.masker = client.masker().with(secrets);
    this.clock = clock;
    this.tail = new ContainerLogTail(client, masker);
  }

  /** The dry run: what {@link #deploy} would do, without any change. */
  public DeployPlan plan(String stack, List<DesiredService> files, DeployOptions options) {
    StackSnapshot snapshot = StackSnapshot.read(client, stack);
    List<DesiredService> resolved = LoadBalancerCertificates.resolve(client, stack, files);
    return Planner.plan(stack, resolved, snapshot.toRemoteState(), options).masked(masker::mask);
  }

  public DeployResult deploy(
      String stack, List<DesiredService> files, DeployOptions options, DeployListener listener) {
    Cancellation cancellation = begin();
    StackSnapshot snapshot;
    List<DesiredService> resolved;
    try {
      snapshot = settle(StackSnapshot.read(client, stack), files, options);
      resolved = LoadBalancerCertificates.resolve(client, stack, files);
    } catch (io.rancherdeploy.core.deploy.plan.PlanRejectedException e) {
      throw e;
    } catch (io.rancherdeploy.core.RancherDeployException e) {
      return unreadable(stack, e);
    }
    DeployPlan plan = Planner.plan(stack, resolved, snapshot.toRemoteState(), options);
    Map<String, DesiredService> desired = new LinkedHashMap<>();
    Planner.effective(resolved, options).forEach(s -> desired.put(s.name(), s));
    return execute(snapshot, plan, desired, options, listener, cancellation);
  }

  /**
   * Runs a plan from {@link io.rancherdeploy.core.deploy.plan.OperationPlanner} on a fresh
   * snapshot.
   */
  public DeployResult run(
      String stack,
      Function<StackSnapshot, DeployPlan> planner,
      DeployOptions options,
      DeployListener listener) {
    Cancellation cancellation = begin();
    StackSnapshot snapshot;
    try {
      snapshot = StackSnapshot.read(client, stack);
    } catch (io.rancherdeploy.core.RancherDeployException e) {
      return unreadable(stack, e);
    }
    return execute(snapshot, planner.apply(snapshot), Map.of(), options, listener, cancellation);
  }

  /**
   * Stops the running operation: waits end, nothing new starts, and the cleanup runs within its
   * bound.
   */
  public void cancel() {
    current.cancel("cancelled");
  }

  /** The stack could not be read: nothing was changed, and the result says why. */
  private DeployResult unreadable(String stack, io.rancherdeploy.core.RancherDeployException e) {
    io.rancherdeploy.core.deploy.DeployFailure failure =
        new io.rancherdeploy.core.deploy.DeployFailure(
            io.rancherdeploy.core.deploy.Phase.VALIDATE,
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            masker.mask(
                "could not read stack " + stack + ", nothing was changed: " + e.getMessage()),
            List.of(),
            List.of());
    return new DeployResult(
        stack,
        io.rancherdeploy.core.deploy.Outcome.FAILED,
        List.of(),
        java.util.Optional.of(failure),
        Duration.ZERO);
  }

  private Cancellation begin() {
    Cancellation cancellation = new Cancellation();
    current = cancellation;
    return cancellation;
  }

  private DeployResult execute(
      StackSnapshot snapshot,
      DeployPlan plan,
      Map<String, DesiredService> desired,
      DeployOptions options,
      DeployListener listener,
      Cancellation cancellation) {
    List<String> names = plan.services().stream().map(ServicePlan::service).toList();
    Progress progress = new Progress(listener, masker, clock, names);
    plan.warnings().forEach(w -> progress.warning(java.util.Optional.empty(), w));
    RunContext ctx =
        new RunContext(
            client,
            plan.stack(),
            snapshot.stack().map(s -> s.id()),
            desired,
            options,
            new Deadlines(clock, options.timeouts()),
            progress,
            cancellation);
    snapshot.services().forEach(s -> ctx.update(s.name(), s));
    return new Executor(ctx, clock, tail).execute(plan);
  }

  /**
   * Services still moving (an upgrade or rollback of another run) get a bounded wait to come to
   * rest before planning, unless the caller wants such leftovers to stop the deploy.
   */
  private StackSnapshot settle(
      StackSnapshot snapshot, List<DesiredService> files, DeployOptions options) {
    if (options.leftoverUpgrade() == LeftoverUpgrade.FAIL) {
      return snapshot;
    }
    Set<String> scope =
        options.services().isEmpty()
            ? Set.copyOf(files.stream().map(DesiredService::name).toList())
            : options.services();
    boolean moved = false;
    for (Service s : snapshot.services()) {
      if (scope.contains(s.name()) && s.transitioning() == Transitioning.YES) {
        try {
          client.await(
              s,
              Condition.settled(),
              min(options.timeouts().upgrade(), options.timeouts().overall()));
        } catch (io.rancherdeploy.core.RancherDeployException e) {
          // The planner reports the state it finds, with the fix.
        }
        moved = true;
      }
    }
    return moved
        ? StackSnapshot.read(client, snapshot.stack().map(s -> s.name()).orElseThrow())
        : snapshot;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
