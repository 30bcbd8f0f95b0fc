package io.jenkins.plugins.rancherdeploy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.rancherdeploy.run.DeployRunner;
import io.jenkins.plugins.rancherdeploy.run.DeploySettings;
import io.jenkins.plugins.rancherdeploy.run.Operation;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * The execution of {@code rancherDeploy}, {@code rancherFinishUpgrade} and {@code rancherRollback}:
 * {@link DeployRunner} on a pooled thread, returning the result map. The step's values are
 * transient: a step interrupted by a controller restart fails, as {@code
 * SynchronousNonBlockingStepExecution} documents.
 */
final class DeployExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
  private static final long serialVersionUID = 1L;
  private final transient Operation operation;
  private final transient String stack;
  private final transient Target target;
  private final transient DeploySettings settings;

  DeployExecution(
      StepContext context,
      Operation operation,
      String stack,
      Target target,
      DeploySettings settings) {
    super(context);
    this.operation = operation;
    this.stack = stack;
    this.target = target;
    this.settings = settings;
  }

  @Override
  protected Map<String, Object> run() throws Exception {
    StepContext c = getContext();
    return DeployRunner.run(
        operation,
        stack,
        target::select,
        settings,
        c.get(Run.class),
        c.get(FilePath.class),
        c.get(EnvVars.class),
        c.get(TaskListener.class));
  }

  /** Says so in the console; the interrupt then reaches {@link DeployRunner}'s cancel. */
  @Override
  public void stop(@NonNull Throwable cause) throws Exception {
    Aborts.announce(getContext());
    super.stop(cause);
  }
}
