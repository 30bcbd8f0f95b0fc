package io.jenkins.plugins.rancherdeploy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.rancherdeploy.run.Operation;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code rancherRollback stack: 'stacksonstacks', environment: 'Staging'}: rolls the stack's
 * upgraded services back to their previous launch config (for a gate that failed).
 */
public final class RancherRollbackStep extends UpgradeGateStep {
  @DataBoundConstructor
  public RancherRollbackStep(String stack) {
    super(stack);
  }

  @Override
  Operation operation() {
    return Operation.ROLLBACK;
  }

  @Extension
  @Symbol("rancherRollback")
  public static class DescriptorImpl extends GateDescriptor {
    public DescriptorImpl() {
      super("rancherRollback");
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.RancherRollbackStep_DisplayName();
    }
  }
}
