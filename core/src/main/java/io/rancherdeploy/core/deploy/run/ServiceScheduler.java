package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.plan.ServicePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs each service's steps after the services it waits for, independent ones in parallel up to the
 * limit. The first failure stops the rest: nothing new starts, running work is interrupted and
 * awaited (bounded), and that failure is thrown. The services that never ran are reported by {@link
 * #notStarted()}. A cleanup scheduler ({@link #uninterruptible}) is not stopped by an interrupt of
 * the calling thread: its work is bounded by the cleanup's own deadlines, and the interrupt is kept
 * for the caller.
 */
final class ServiceScheduler {
  private static final long STOP_GRACE_SECONDS = 10;
  private final RunContext ctx;
  private final int parallelism;
  private final boolean interruptible;
  private final Set<String> started = new HashSet<>();
  private final Set<String> all = new HashSet<>();

  ServiceScheduler(RunContext ctx, int parallelism) {
    this(ctx, parallelism, true);
  }

  private ServiceScheduler(RunContext ctx, int parallelism, boolean interruptible) {
    this.ctx = ctx;
    this.parallelism = parallelism;
    this.interruptible = interruptible;
  }

  /** For a rollback or finish after a failure: it must run to its end whatever interrupts come. */
  static ServiceScheduler uninterruptible(RunContext ctx, int parallelism) {
    return new ServiceScheduler(ctx, parallelism, false);
  }

  void run(List<ServicePlan> services, Consumer<ServicePlan> work) {
    Map<String, ServicePlan> byName = new HashMap<>();
    Map<String, Set<String>> waiting = new HashMap<>();
    for (ServicePlan s : services) {
      byName.put(s.service(), s);
      waiting.put(s.service(), new HashSet<>(s.after()));
      all.add(s.service());
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(parallelism, services.size())),
            r -> {
              Thread t = new Thread(r, "deploy-" + ctx.stack + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ExecutorCompletionService<String> done = new ExecutorCompletionService<>(pool);
    List<Future<String>> running = new ArrayList<>();
    try {
      int inFlight = submitReady(waiting, byName, done, running, work);
      while (inFlight > 0) {
        String finished = take(done, running);
        inFlight--;
        waiting.values().forEach(w -> w.remove(finished));
        inFlight += submitReady(waiting, byName, done, running, work);
      }
    } finally {
      pool.shutdownNow();
      awaitQuietly(pool);
    }
  }

  /** Services whose steps never began (the plan's order was cut by a failure or a cancel). */
  Set<String> notStarted() {
    Set<String> rest = new HashSet<>(all);
    rest.removeAll(started);
    return rest;
  }

  private int submitReady(
      Map<String, Set<String>> waiting,
      Map<String, ServicePlan> byName,
      ExecutorCompletionService<String> done,
      List<Future<String>> running,
      Consumer<ServicePlan> work) {
    List<String> ready =
        waiting.entrySet().stream()
            .filter(e -> e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    for (String name : ready) {
      waiting.remove(name);
      started.add(name);
      ServicePlan plan = byName.get(name);
      running.add(
          done.submit(
              () -> {
                ctx.cancellation.enter();
                try {
                  work.accept(plan);
                  return name;
                } finally {
                  ctx.cancellation.leave();
                  Thread.interrupted();
                }
              }));
    }
    return ready.size();
  }

  private String take(ExecutorCompletionService<String> done, List<Future<String>> running) {
    try {
      return interruptible ? done.take().get() : takeUninterruptibly(done);
    } catch (ExecutionException e) {
      running.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof StepFailure failure) {
        throw failure;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      running.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new StepFailure(
          Phase.UPGRADE,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "the deploy was " + ctx.cancellation.reason(),
          true,
          e);
    }
  }

  private static String takeUninterruptibly(ExecutorCompletionService<String> done)
      throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return done.take().get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
