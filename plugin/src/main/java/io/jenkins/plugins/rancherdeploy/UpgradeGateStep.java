package io.jenkins.plugins.rancherdeploy;

import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.rancherdeploy.config.FormSupport;
import io.jenkins.plugins.rancherdeploy.run.DeploySettings;
import io.jenkins.plugins.rancherdeploy.run.Operation;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The steps that act on upgrades a {@code rancherDeploy finish: false} left for a gate: finish them
 * ({@link RancherFinishUpgradeStep}), or roll them back ({@link RancherRollbackStep}). They differ
 * only in the operation. They need no compose files, so they also run outside {@code node {}} (then
 * on the controller).
 */
public abstract class UpgradeGateStep extends TargetStep {
  private final String stack;
  private String services;
  private String timeout;

  protected UpgradeGateStep(String stack) {
    this.stack = stack == null ? "" : stack.trim();
  }

  abstract Operation operation();

  public String getStack() {
    return stack;
  }

  /** Service names, comma or space separated; blank means every upgraded service of the stack. */
  public String getServices() {
    return services;
  }

  @DataBoundSetter
  public void setServices(String value) {
    services = Target.clean(value);
  }

  public String getTimeout() {
    return timeout;
  }

  @DataBoundSetter
  public void setTimeout(String value) {
    timeout = Target.clean(value);
  }

  DeploySettings settings() {
    DeploySettings settings = new DeploySettings();
    settings.setServices(services);
    settings.setTimeout(timeout);
    settings.setRollbackTimeout(timeout);
    return settings;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new DeployExecution(context, operation(), stack, target(), settings());
  }

  /** The gate steps' descriptor: the fields beyond the target, and no workspace required. */
  public abstract static class GateDescriptor extends TargetStepDescriptor {
    protected GateDescriptor(String functionName) {
      super(functionName);
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class);
    }

    @POST
    public FormValidation doCheckStack(@AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.stack(item, value);
    }

    @POST
    public FormValidation doCheckTimeout(@AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.duration(item, "timeout", value);
    }
  }
}
