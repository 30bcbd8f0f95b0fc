package io.rancherdeploy.core.deploy;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.DesiredServices;
import io.rancherdeploy.core.deploy.plan.OperationPlanner;
import io.rancherdeploy.core.deploy.run.Operations;
import io.rancherdeploy.core.secret.SecretMasker;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deploys compose stacks to Rancher: {@link #plan} (a dry run), {@link #deploy} (up, rolling
 * upgrade or recreate, as the options say), and the operations that need only the stack name:
 * {@link #finish}, {@link #rollback}, {@link #remove}, {@link #scale}. A failed operation returns a
 * {@link DeployResult} whose outcome is not {@code SUCCESS}; bad input throws {@link
 * io.rancherdeploy.core.deploy.plan.PlanRejectedException} before any change. One operation at a
 * time per engine; {@link #cancel()} may come from any thread.
 */
public final class DeployEngine {
  private final Operations operations;

  public DeployEngine(RancherClient client) {
    this(client, SecretMasker.NONE);
  }

  /**
   * {@code secrets}: values to mask besides the client's key (variables the caller marked secret).
   */
  public DeployEngine(RancherClient client, SecretMasker secrets) {
    this.operations = new Operations(client, secrets, Clock.systemUTC());
  }

  /**
   * The dry run: per service create, upgrade (with the fields that differ), unchanged or remove; no
   * change.
   */
  public DeployPlan plan(String stack, ComposeProject project, DeployOptions options) {
    return plan(stack, DesiredServices.of(project), options);
  }

  public DeployResult deploy(
      String stack, ComposeProject project, DeployOptions options, DeployListener listener) {
    return deploy(stack, DesiredServices.of(project), options, listener);
  }

  public DeployPlan plan(String stack, List<DesiredService> services, DeployOptions options) {
    return operations.plan(stack, services, options);
  }

  public DeployResult deploy(
      String stack, List<DesiredService> services, DeployOptions options, DeployListener listener) {
    return operations.deploy(stack, services, options, listener);
  }

  /** Finishes the named services' upgrades, or every open one when none are named. */
  public DeployResult finish(
      String stack, Set<String> services, DeployOptions options, DeployListener listener) {
    return operations.run(
        stack, s -> OperationPlanner.finish(stack, s.toRemoteState(), services), options, listener);
  }

  /** Rolls back the named services' upgrades, or every open one when none are named. */
  public DeployResult rollback(
      String stack, Set<String> services, DeployOptions options, DeployListener listener) {
    return operations.run(
        stack,
        s -> OperationPlanner.rollback(stack, s.toRemoteState(), services),
        options,
        listener);
  }

  /**
   * Removes the named services and waits until they are gone; the whole stack when none are named.
   */
  public DeployResult remove(
      String stack, Set<String> services, DeployOptions options, DeployListener listener) {
    return operations.run(
        stack, s -> OperationPlanner.remove(stack, s.toRemoteState(), services), options, listener);
  }

  public DeployResult scale(
      String stack, Map<String, Integer> scales, DeployOptions options, DeployListener listener) {
    return operations.run(
        stack, s -> OperationPlanner.scale(stack, s.toRemoteState(), scales), options, listener);
  }

  /**
   * Restarts the named services' containers in place (every active service when none are named),
   * {@link DeployOptions#batchSize()} at a time (default 1) with {@link DeployOptions#interval()}
   * between batches (default none, as rancher-compose restart), and waits until they run and are
   * healthy.
   */
  public DeployResult restart(
      String stack, Set<String> services, DeployOptions options, DeployListener listener) {
    return operations.run(
        stack,
        s ->
            OperationPlanner.restart(
                stack,
                s.toRemoteState(),
                services,
                options.batchSize().orElse(1),
                options.interval().orElse(java.time.Duration.ZERO)),
        options,
        listener);
  }

  /** Stops the running operation within a bounded time; by default its upgrades are rolled back. */
  public void cancel() {
    operations.cancel();
  }
}
