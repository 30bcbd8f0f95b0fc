package io.jenkins.plugins.rancherdeploy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import io.jenkins.plugins.rancherdeploy.run.Operation;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code rancherFinishUpgrade stack: 'stacksonstacks', environment: 'Staging'}: finishes the
 * upgrades a {@code rancherDeploy finish: false} left in {@code upgraded}, once the gate (tests, a
 * person) passed.
 */
public final class RancherFinishUpgradeStep extends UpgradeGateStep {
  @DataBoundConstructor
  public RancherFinishUpgradeStep(String stack) {
    super(stack);
  }

  @Override
  Operation operation() {
    return Operation.FINISH;
  }

  @Extension
  @Symbol("rancherFinishUpgrade")
  public static class DescriptorImpl extends GateDescriptor {
    public DescriptorImpl() {
      super("rancherFinishUpgrade");
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.RancherFinishUpgradeStep_DisplayName();
    }
  }
}
