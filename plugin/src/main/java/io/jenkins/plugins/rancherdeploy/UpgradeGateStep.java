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
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The steps that act on upgrades a {@code rancherDeploy finish: false} left for a gate: finish
 * them, or roll them back. They need no compose files, so they also run outside {@code node {}}
 * (then on the controller).
 */
public abstract class UpgradeGateStep extends Step {
  private final String stack;
  private final Target target = new Target();
  private String services;
  private String timeout;

  protected UpgradeGateStep(String stack) {
    this.stack = stack == null ? "" : stack.trim();
  }

  abstract Operation operation();

  public String getStack() { return stack; }
  public String getServer() { return target.server; }
  @DataBoundSetter public void setServer(String value) { target.server = Target.clean(value); }
  public String getEnvironment() { return target.environment; }

  @DataBoundSetter
  public void setEnvironment(String value) {
    target.environment = Target.clean(value);
  }

  public String getUrl() { return target.url; }
  @DataBoundSetter public void setUrl(String value) { target.url = Target.clean(value); }
  public String getCredentialsId() { return target.credentialsId; }

  @DataBoundSetter
  public void setCredentialsId(String value) {
    target.credentialsId = Target.clean(value);
  }

  /** Service names, comma or space separated; blank means every upgraded service of the stack. */
  public String getServices() { return services; }
  @DataBoundSetter public void setServices(String value) { services = Target.clean(value); }
  public String getTimeout() { return timeout; }
  @DataBoundSetter public void setTimeout(String value) { timeout = Target.clean(value); }

  DeploySettings settings() {
    DeploySettings settings = new DeploySettings();
    settings.setServices(services);
    settings.setTimeout(timeout);
    settings.setRollbackTimeout(timeout);
    return settings;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new Execution(context, this);
  }

  static Set<? extends Class<?>> requiredContext() {
    return Set.of(Run.class, TaskListener.class);
  }

  static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;
    private final transient UpgradeGateStep step;

    Execution(StepContext context, UpgradeGateStep step) {
      super(context);
      this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      StepContext c = getContext();
      return DeployRunner.run(step.operation(), step.stack, step.target::select, step.settings(),
          c.get(Run.class), c.get(FilePath.class), c.get(EnvVars.class), c.get(TaskListener.class));
    }

    @Override
    public void stop(@NonNull Throwable cause) throws Exception {
      Aborts.announce(getContext());
      super.stop(cause);
    }
  }
}
