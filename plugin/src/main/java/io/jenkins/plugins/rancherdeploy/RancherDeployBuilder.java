package io.jenkins.plugins.rancherdeploy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.rancherdeploy.config.FormSupport;
import io.jenkins.plugins.rancherdeploy.run.BusyPolicy;
import io.jenkins.plugins.rancherdeploy.run.DeployRunner;
import io.jenkins.plugins.rancherdeploy.run.DeploySettings;
import io.jenkins.plugins.rancherdeploy.run.Operation;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Strategy;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step: the same options and behaviour as {@code rancherDeploy}. The stack,
 * server and environment fields expand build variables ({@code ${BRANCH_NAME}}).
 */
public final class RancherDeployBuilder extends Builder implements SimpleBuildStep {
  private final String stack;
  private final Target target = new Target();
  private final DeploySettings settings = new DeploySettings();

  @DataBoundConstructor
  public RancherDeployBuilder(String stack) {
    this.stack = stack == null ? "" : stack.trim();
  }

  public String getStack() {
    return stack;
  }

  // The target and deploy options, defined once in Target and DeploySettings. Each setter is a
  // one-line delegation, here and again in TargetStep and RancherDeployStep: Jenkins' data binding
  // (structs' DescribableModel, Stapler) reads @DataBoundSetter methods only on the class and its
  // superclasses, not on interfaces or delegates, and a Builder and a Step have different
  // superclasses.
  public String getServer() {
    return target.server;
  }

  @DataBoundSetter
  public void setServer(String value) {
    target.server = Target.clean(value);
  }

  public String getEnvironment() {
    return target.environment;
  }

  @DataBoundSetter
  public void setEnvironment(String v) {
    target.environment = Target.clean(v);
  }

  public String getUrl() {
    return target.url;
  }

  @DataBoundSetter
  public void setUrl(String value) {
    target.url = Target.clean(value);
  }

  public String getCredentialsId() {
    return target.credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String v) {
    target.credentialsId = Target.clean(v);
  }

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
  public void perform(
      @NonNull Run<?, ?> run,
      @NonNull FilePath workspace,
      @NonNull EnvVars env,
      @NonNull Launcher launcher,
      @NonNull TaskListener listener)
      throws InterruptedException, IOException {
    Target expanded = target.expanded(env::expand);
    DeployRunner.run(
        Operation.DEPLOY,
        env.expand(stack),
        expanded::select,
        settings,
        run,
        workspace,
        env,
        listener);
  }

  @Extension
  @Symbol("rancherDeployBuilder")
  public static class DescriptorImpl extends BuildStepDescriptor<Builder> {
    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.RancherDeployBuilder_DisplayName();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
      return true;
    }

    // The target's form methods, the same as TargetStepDescriptor's, and the deploy options', the
    // same as RancherDeployStep.DescriptorImpl's: Stapler looks them up by name on each descriptor
    // (superclasses included), and a BuildStepDescriptor is no StepDescriptor. All logic is in
    // FormSupport.
    @POST
    public FormValidation doCheckUrl(@AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.url(item, value);
    }

    @POST
    public ListBoxModel doFillServerItems(
        @AncestorInPath Item item, @QueryParameter String server) {
      return FormSupport.servers(item, server);
    }

    @POST
    public ListBoxModel doFillEnvironmentItems(
        @AncestorInPath Item item,
        @QueryParameter String server,
        @QueryParameter String environment) {
      return FormSupport.environments(item, server, environment);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(
        @AncestorInPath Item item,
        @QueryParameter String credentialsId,
        @QueryParameter String url) {
      return FormSupport.credentials(item, credentialsId, url);
    }

    @POST
    public FormValidation doCheckStack(@AncestorInPath Item item, @QueryParameter String value) {
      return FormSupport.stackOrVariables(item, value);
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
