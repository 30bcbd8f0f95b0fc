package io.jenkins.plugins.rancherdeploy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.rancherdeploy.config.FormSupport;
import io.jenkins.plugins.rancherdeploy.run.Operation;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

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
  public static class DescriptorImpl extends StepDescriptor {
    @Override
    public String getFunctionName() {
      return "rancherFinishUpgrade";
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return "Finish a Rancher upgrade left for a gate";
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return requiredContext();
    }

    public FormValidation doCheckStack(@QueryParameter String value) {
      return FormSupport.stack(value);
    }

    public FormValidation doCheckUrl(@QueryParameter String value) {
      return FormSupport.url(value);
    }

    public FormValidation doCheckTimeout(@QueryParameter String value) {
      return FormSupport.duration("timeout", value);
    }

    @POST
    public ListBoxModel doFillServerItems(@AncestorInPath Item item) {
      return FormSupport.servers(item);
    }

    @POST
    public ListBoxModel doFillEnvironmentItems(
        @AncestorInPath Item item, @QueryParameter String server) {
      return FormSupport.environments(item, server);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item,
        @QueryParameter String credentialsId, @QueryParameter String url) {
      return FormSupport.credentials(item, credentialsId, url);
    }
  }
}
