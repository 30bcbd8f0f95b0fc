package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import io.rancherdeploy.core.deploy.plan.PlanStep;
import io.rancherdeploy.core.deploy.plan.ServicePlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a plan: {@code prepare} in order, the services in dependency order (in parallel where
 * independent), the verify probe's verdict, then {@code complete} (the finishes, in parallel; the
 * prune). On the first failure or a cancel it stops, compensates as {@code onFailure} says within
 * the rollback budget, and returns a result that says what happened; it throws only for bugs.
 */
final class Executor {
  private final RunContext ctx;
  private final Clock clock;
  private final StepRunner runner;
  private final ContainerTail tail;

  Executor(RunContext ctx, Clock clock, ContainerTail tail) {
    this.ctx = ctx;
    this.clock = clock;
    this.runner = new StepRunner(ctx);
    this.tail = tail;
  }

  DeployResult execute(DeployPlan plan) {
    Instant start = clock.instant();
    ctx.cancellation.enter();
    Optional<VerifyRunner> verify = ctx.options.verify().map(VerifyRunner::new);
    Optional<LogFollow> logs = Optional.empty();
    try {
      plan.prepare().forEach(this::timed);
      logs = LogFollow.start(ctx);
      new ServiceScheduler(ctx, ctx.options.parallelism())
          .run(withSteps(plan.services()), this::runAll);
      if (verify.isPresent()) {
        awaitProbes(verify.get());
      }
      verify
          .flatMap(VerifyRunner::verdict)
          .ifPresent(
              why -> {
                throw new StepFailure(
                    Phase.VERIFY,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "verification failed: " + why,
                    false,
                    null);
              });
      new ServiceScheduler(ctx, ctx.options.parallelism())
          .run(byService(plan.complete()), this::runAll);
      ctx.progress.stack("Deploy of stack " + ctx.stack + " succeeded");
      return ResultBuilder.build(ctx, plan, Outcome.SUCCESS, Optional.empty(), start, Set.of());
    } catch (StepFailure f) {
      return failed(plan, f, start);
    } catch (RuntimeException e) {
      return failed(
          plan,
          new StepFailure(
              Phase.UPGRADE,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              "unexpected error: " + e,
              false,
              e),
          start);
    } finally {
      logs.ifPresent(LogFollow::close);
      verify.ifPresent(VerifyRunner::close);
      ctx.cancellation.leave();
    }
  }

  private void awaitProbes(VerifyRunner verify) {
    try {
      verify.awaitMinimum(ctx.deadlines.timeout(Phase.VERIFY));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailure(
          Phase.VERIFY,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "cancelled while waiting for the verify probe",
          true,
          e);
    }
  }

  private DeployResult failed(DeployPlan plan, StepFailure f, Instant start) {
    boolean cancelled = f.cancelled() || ctx.cancellation.cancelled();
    // Leave first: after it no cancel can interrupt this thread, so the cleared interrupt stays
    // cleared and the cleanup is not cut short.
    ctx.cancellation.leave();
    Thread.interrupted();
    ctx.progress.warning(f.service(), "Failed: " + f.getMessage());
    RunContext cleanup = ctx.forCleanup(new Deadlines(clock, all(ctx.deadlines.cleanup())));
    Compensation.Outcome compensation = Compensation.run(cleanup, ctx.options.onFailure());
    // An abort that came during the cleanup did not cut it; it is reported, and kept for the
    // caller once the final states are read (an interrupted thread cannot make HTTP calls).
    boolean abortedDuringCleanup = Thread.interrupted();
    cancelled |= abortedDuringCleanup;
    ctx.absorb(cleanup);
    refresh();
    boolean allRolledBack =
        ctx.options.onFailure() == OnFailure.ROLLBACK
            && !ctx.upgradesStarted().isEmpty()
            && compensation.complete()
            && compensation.done().containsAll(ctx.upgradesStarted());
    Outcome outcome =
        cancelled ? Outcome.ABORTED : allRolledBack ? Outcome.ROLLED_BACK : Outcome.FAILED;
    DeployFailure failure = FailureReport.of(ctx, f, Optional.of(compensation), tail);
    Set<String> rolledBack =
        ctx.options.onFailure() == OnFailure.ROLLBACK ? Set.copyOf(compensation.done()) : Set.of();
    DeployResult result =
        ResultBuilder.build(ctx, plan, outcome, Optional.of(failure), start, rolledBack);
    if (abortedDuringCleanup) {
      Thread.currentThread().interrupt();
    }
    return result;
  }

  /**
   * After a failure the last states seen may be stale (a service left moving): read them once more.
   */
  private void refresh() {
    try {
      StackSnapshot.read(ctx.client, ctx.stack).services().forEach(s -> ctx.update(s.name(), s));
    } catch (io.rancherdeploy.core.RancherDeployException e) {
      ctx.progress.warning(Optional.empty(), "Could not read the final states: " + e.getMessage());
    }
  }

  private void runAll(ServicePlan service) {
    service.steps().forEach(this::timed);
  }

  private void timed(PlanStep step) {
    Instant from = clock.instant();
    try {
      runner.run(step);
    } finally {
      step.service().ifPresent(name -> ctx.timing(name, from, clock.instant()));
    }
  }

  private static List<ServicePlan> withSteps(List<ServicePlan> services) {
    return services.stream().filter(s -> !s.steps().isEmpty()).toList();
  }

  /** The complete steps as one small plan per service, so that finishes run in parallel. */
  private static List<ServicePlan> byService(List<PlanStep> steps) {
    Map<String, List<PlanStep>> grouped = new LinkedHashMap<>();
    steps.forEach(
        s -> grouped.computeIfAbsent(s.service().orElse(""), k -> new ArrayList<>()).add(s));
    return grouped.entrySet().stream()
        .map(
            e ->
                new ServicePlan(
                    e.getKey(),
                    io.rancherdeploy.core.deploy.ServiceAction.FINISH,
                    "complete",
                    List.of(),
                    Set.of(),
                    e.getValue(),
                    Optional.empty(),
                    Optional.empty()))
        .toList();
  }

  private static Timeouts all(Duration d) {
    return new Timeouts(d, d, d, d, d, d, d, d);
  }
}
