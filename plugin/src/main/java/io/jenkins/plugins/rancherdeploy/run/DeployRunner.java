package io.jenkins.plugins.rancherdeploy.run;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.rancherdeploy.config.RancherTarget;
import io.jenkins.plugins.rancherdeploy.config.TargetSelection;
import io.rancherdeploy.core.deploy.DeployOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The controller's half of every step: check the options, resolve the target and its credential in
 * the build's context, take the stack's lock, run {@link RemoteDeploy} where the workspace is, and
 * turn the outcome into a build result. The Pipeline steps and the freestyle builder all come
 * through here.
 */
public final class DeployRunner {
  /** Beyond the rollback deadline, how long the controller waits for the agent after an abort. */
  private static final Duration AGENT_SLACK = Duration.ofSeconds(45);

  private DeployRunner() {}

  /**
   * @param workspace null when the step runs outside {@code node {}} (finish and rollback need no
   *     files)
   * @return the result map; only a successful deploy returns
   * @throws AbortException for bad input and failed deploys (message only, no stack trace)
   * @throws InterruptedException when the deploy was aborted (after its bounded cleanup)
   */
  public static Map<String, Object> run(
      Operation operation,
      String stack,
      Supplier<TargetSelection> selection,
      DeploySettings settings,
      Run<?, ?> run,
      FilePath workspace,
      EnvVars environment,
      TaskListener listener)
      throws IOException, InterruptedException {
    DeployOptions options;
    BusyPolicy busy;
    TargetSelection target;
    try {
      options = OptionMapping.toOptions(settings);
      busy = OptionMapping.busyPolicy(settings);
      VariableLines.parse(settings.getVariables());
      target = selection.get();
    } catch (IllegalArgumentException e) {
      throw new AbortException("Rancher: " + e.getMessage());
    }
    if (operation == Operation.DEPLOY && workspace == null) {
      throw new AbortException(
          "Rancher: rancherDeploy reads the compose files from the workspace;"
              + " run it inside node { ... }");
    }
    RancherTarget resolved = RancherTarget.resolve(target, run);
    PrintStream log = listener.getLogger();
    header(operation, stack, resolved, log);
    String key = target.lockPrefix() + "/" + stack;
    DeployLocks.Lease lease = acquire(key, run, busy, options, log);
    try {
      RemoteDeploy callable =
          new RemoteDeploy(
              operation,
              stack,
              resolved,
              settings,
              environment == null ? Map.of() : environment,
              listener);
      RunningDeploys.Cancel cancel = new RunningDeploys.Cancel(callable.id());
      Duration bound = options.timeouts().rollback().plus(AGENT_SLACK);
      return checked(
          workspace == null
              ? awaitAgent(
                  () -> callable.invoke(null, null), () -> cancel.invoke(null, null), bound, log)
              : awaitAgent(() -> workspace.act(callable), () -> workspace.act(cancel), bound, log));
    } finally {
      lease.close();
    }
  }

  /**
   * Runs the agent half on a worker thread and keeps this one interruptible. An abort (an interrupt
   * of this thread) does not cut the remoting call: it asks the agent to cancel through a second
   * call and waits, bounded, for the rollback to end, so the stack's lock is held until the stack
   * is settled and the rollback's lines reach the console.
   *
   * @throws InterruptedException after an abort, once the agent has ended or the bound has passed
   */
  static Map<String, Object> awaitAgent(
      Callable<Map<String, Object>> deploy,
      Callable<Boolean> cancel,
      Duration bound,
      PrintStream log)
      throws IOException, InterruptedException {
    CancellableRun.Outcome<Map<String, Object>> outcome;
    try {
      outcome = CancellableRun.run(deploy, () -> askToCancel(cancel, log), bound, () -> {});
    } catch (IOException | InterruptedException e) {
      throw e;
    } catch (IllegalStateException e) {
      if (Thread.interrupted()) {
        throw new InterruptedException("Rancher: " + e.getMessage());
      }
      throw e;
    } catch (Exception e) {
      throw new IOException("Rancher: " + e.getMessage(), e);
    }
    if (outcome.interrupted()) {
      throw new InterruptedException(
          "Rancher: aborted after the deploy ended " + ResultMaps.outcome(outcome.value()));
    }
    return outcome.value();
  }

  private static void askToCancel(Callable<Boolean> cancel, PrintStream log) {
    try {
      if (!Boolean.TRUE.equals(cancel.call())) {
        log.println("Rancher: aborted; the deploy had already ended");
      }
    } catch (Exception e) {
      // The agent may be gone; remoting's own cancel (on the worker's interrupt) is the fallback.
      log.println("Rancher: aborted; could not reach the agent to cancel (" + e + ")");
    }
  }

  static void header(Operation operation, String stack, RancherTarget resolved, PrintStream log) {
    TargetSelection target = resolved.selection();
    log.println(
        "Rancher: "
            + operation.name().toLowerCase(java.util.Locale.ROOT)
            + " of stack '"
            + stack
            + "' on "
            + target.server()
            + (target.environment().isEmpty() ? "" : " / " + target.environment()));
    if (target.insecure()) {
      log.println("Rancher: WARNING: TLS verification is off for " + target.server());
    }
    resolved
        .proxy()
        .ifPresent(
            proxy ->
                resolved
                    .urls()
                    .forEach(url -> log.println("Rancher: " + url + " " + proxy.route(url))));
  }

  private static DeployLocks.Lease acquire(
      String key, Run<?, ?> run, BusyPolicy busy, DeployOptions options, PrintStream log)
      throws AbortException, InterruptedException {
    try {
      return DeployLocks.acquire(
          key,
          run.getFullDisplayName(),
          busy,
          options.timeouts().overall(),
          () ->
              log.println(
                  "Rancher: another deploy to " + key + " is running; waiting for it to end"));
    } catch (IllegalStateException e) {
      throw new AbortException("Rancher: " + e.getMessage());
    }
  }

  static Map<String, Object> checked(Map<String, Object> result)
      throws AbortException, InterruptedException {
    String outcome = ResultMaps.outcome(result);
    if ("SUCCESS".equals(outcome)) {
      return result;
    }
    if ("ABORTED".equals(outcome)) {
      throw new InterruptedException(
          "Rancher: deploy aborted: " + ResultMaps.describeFailure(result));
    }
    throw new AbortException(
        "Rancher: deploy "
            + outcome.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + ": "
            + ResultMaps.describeFailure(result));
  }
}
