package io.jenkins.plugins.rancherdeploy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.rancherdeploy.config.FormSupport;
import io.jenkins.plugins.rancherdeploy.run.BusyPolicy;
import io.jenkins.plugins.rancherdeploy.run.DeploySettings;
import io.jenkins.plugins.rancherdeploy.run.Operation;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Strategy;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code rancherDeploy stack: 'stacksonstacks', environment: 'Staging'}: deploys the workspace's
 * compose files and returns the result as a map. Every engine option is an optional parameter.
 */
public final class RancherDeployStep extends TargetStep {
  private final String stack;
  private final DeploySettings settings = new DeploySettings();

  @DataBoundConstructor
  public RancherDeployStep(String stack) {
    this.stack = stack == null ? "" : stack.trim();
  }

  public String getStack() {
    return stack;
  }

  // The deploy options, defined once in DeploySettings. Each setter is a one-line delegation, here
  // and again in RancherDeployBuilder: Jenkins' data binding (structs' DescribableModel, Stapler)
  // reads @DataBoundSetter methods only on the class and its superclasses, not on interfaces or
  // delegates, and a Step and a Builder have different superclasses.
  public String getFiles() {
    return settings.getFiles();
  }

  @DataBoundSetter
  public void setFiles(String value) {
    settings.setFiles(value);
  }

  public String getRancherFile() {
    return settings.getRancherFile();
  }

  @DataBoundSetter
  public void setRancherFile(String value) {
    settings.setRancherFile(value);
  }

  public String getEnvFiles() {
    return settings.getEnvFiles();
  }

  @DataBoundSetter
  public void setEnvFiles(String value) {
    settings.setEnvFiles(value);
  }

  public String getVariables() {
    return settings.getVariables();
  }

  @DataBoundSetter
  public void setVariables(String value) {
    settings.setVariables(value);
  }

  public String getStrategy() {
    return settings.getStrategy();
  }

  @DataBoundSetter
  public void setStrategy(String value) {
    settings.setStrategy(value);
  }

  public String getServices() {
    return settings.getServices();
  }

  @DataBoundSetter
  public void setServices(String value) {
    settings.setServices(value);
  }

  public boolean isForce() {
    return settings.isForce();
  }

  @DataBoundSetter
  public void setForce(boolean value) {
    settings.setForce(value);
  }

  public Integer getBatchSize() {
    return settings.getBatchSize();
  }

  @DataBoundSetter
  public void setBatchSize(Integer value) {
    settings.setBatchSize(value);
  }

  public String getInterval() {
    return settings.getInterval();
  }

  @DataBoundSetter
  public void setInterval(String value) {
    settings.setInterval(value);
  }

  public Boolean getStartFirst() {
    return settings.getStartFirst();
  }

  @DataBoundSetter
  public void setStartFirst(Boolean value) {
    settings.setStartFirst(value);
  }

  public boolean isFinish() {
    return settings.isFinish();
  }

  @DataBoundSetter
  public void setFinish(boolean value) {
    settings.setFinish(value);
  }

  public String getOnFailure() {
    return settings.getOnFailure();
  }

  @DataBoundSetter
  public void setOnFailure(String value) {
    settings.setOnFailure(value);
  }

  public String getLeftoverUpgrade() {
    return settings.getLeftoverUpgrade();
  }

  @DataBoundSetter
  public void setLeftoverUpgrade(String value) {
    settings.setLeftoverUpgrade(value);
  }

  public String getTimeout() {
    return settings.getTimeout();
  }

  @DataBoundSetter
  public void setTimeout(String value) {
    settings.setTimeout(value);
  }

  public String getUpgradeTimeout() {
    return settings.getUpgradeTimeout();
  }

  @DataBoundSetter
  public void setUpgradeTimeout(String value) {
    settings.setUpgradeTimeout(value);
  }

  public String getHealthTimeout() {
    return settings.getHealthTimeout();
  }

  @DataBoundSetter
  public void setHealthTimeout(String value) {
    settings.setHealthTimeout(value);
  }

  public String getRollbackTimeout() {
    return settings.getRollbackTimeout();
  }

  @DataBoundSetter
  public void setRollbackTimeout(String value) {
    settings.setRollbackTimeout(value);
  }

  public Integer getParallelism() {
    return settings.getParallelism();
  }

  @DataBoundSetter
  public void setParallelism(Integer value) {
    settings.setParallelism(value);
  }

  public boolean isPrune() {
    return settings.isPrune();
  }

  @DataBoundSetter
  public void setPrune(boolean value) {
    settings.setPrune(value);
  }

  public boolean isPull() {
    return settings.isPull();
  }

  @DataBoundSetter
  public void setPull(boolean value) {
    settings.setPull(value);
  }

  public boolean isFollowLogs() {
    return settings.isFollowLogs();
  }

  @DataBoundSetter
  public void setFollowLogs(boolean value) {
    settings.setFollowLogs(value);
  }

  public boolean isCreateStack() {
    return settings.isCreateStack();
  }

  @DataBoundSetter
  public void setCreateStack(boolean value) {
    settings.setCreateStack(value);
  }

  public String getVerifyUrl() {
    return settings.getVerifyUrl();
  }

  @DataBoundSetter
  public void setVerifyUrl(String value) {
    settings.setVerifyUrl(value);
  }

  public Integer getVerifyMaxFailures() {
    return settings.getVerifyMaxFailures();
  }

  @DataBoundSetter
  public void setVerifyMaxFailures(Integer value) {
    settings.setVerifyMaxFailures(value);
  }

  public String getVerifyInterval() {
    return settings.getVerifyInterval();
  }

  @DataBoundSetter
  public void setVerifyInterval(String value) {
    settings.setVerifyInterval(value);
  }

  public Integer getVerifyStatus() {
    return settings.getVerifyStatus();
  }

  @DataBoundSetter
  public void setVerifyStatus(Integer value) {
    settings.setVerifyStatus(value);
  }

  public Integer getVerifyMinRequests() {
    return settings.getVerifyMinRequests();
  }

  @DataBoundSetter
  public void setVerifyMinRequests(Integer value) {
    settings.setVerifyMinRequests(value);
  }

  public String getWhenBusy() {
    return settings.getWhenBusy();
  }

  @DataBoundSetter
  public void setWhenBusy(String value) {
    settings.setWhenBusy(value);
  }

  public String getHealthGrace() {
    return settings.getHealthGrace();
  }

  @DataBoundSetter
  public void setHealthGrace(String value) {
    settings.setHealthGrace(value);
  }

  public String getImages() {
    return settings.getImages();
  }

  @DataBoundSetter
  public void setImages(String value) {
    settings.setImages(value);
  }

  @Override
  public StepExecution start(StepContext context) {
    return new DeployExecution(context, Operation.DEPLOY, stack, target(), settings);
  }

  @Extension
  @Symbol("rancherDeploy")
  public static class DescriptorImpl extends TargetStepDescriptor {
    public DescriptorImpl() {
      super("rancherDeploy");
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.RancherDeployStep_DisplayName();
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class, FilePath.class, EnvVars.class);
    }

    // The deploy options' form methods, the same as RancherDeployBuilder.DescriptorImpl's: Stapler
    // looks them up by name on each descriptor (superclasses included), and the two descriptors
    // have different superclasses. All logic is in FormSupport.
    @POST
    public FormValidation doCheckStack(@AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.stack(item, value);
    }

    @POST
    public FormValidation doCheckVariables(
        @AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.variables(item, "variables", value);
    }

    @POST
    public FormValidation doCheckImages(@AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.variables(item, "images", value);
    }

    @POST
    public FormValidation doCheckInterval(@AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.duration(item, "interval", value);
    }

    @POST
    public FormValidation doCheckTimeout(@AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.duration(item, "timeout", value);
    }

    @POST
    public FormValidation doCheckUpgradeTimeout(
        @AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.duration(item, "upgradeTimeout", value);
    }

    @POST
    public FormValidation doCheckHealthTimeout(
        @AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.duration(item, "healthTimeout", value);
    }

    @POST
    public FormValidation doCheckRollbackTimeout(
        @AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.duration(item, "rollbackTimeout", value);
    }

    @POST
    public FormValidation doCheckHealthGrace(
        @AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.duration(item, "healthGrace", value);
    }

    @POST
    public FormValidation doCheckVerifyUrl(
        @AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.verifyUrl(item, value);
    }

    @POST
    public FormValidation doCheckVerifyInterval(
        @AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.duration(item, "verifyInterval", value);
    }

    @POST
    public ListBoxModel doFillStrategyItems(@AncestorInPath Item item) {
      return FormSupport.choices(item, Strategy.class);
    }

    @POST
    public ListBoxModel doFillOnFailureItems(@AncestorInPath Item item) {
      return FormSupport.choices(item, OnFailure.class);
    }

    @POST
    public ListBoxModel doFillLeftoverUpgradeItems(@AncestorInPath Item item) {
      return FormSupport.choices(item, LeftoverUpgrade.class);
    }

    @POST
    public ListBoxModel doFillWhenBusyItems(@AncestorInPath Item item) {
      return FormSupport.choices(item, BusyPolicy.class);
    }

    @POST
    public ListBoxModel doFillStartFirstItems(@AncestorInPath Item item) {
      return FormSupport.startFirst(item);
    }
  }
}
