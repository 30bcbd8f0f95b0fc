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
import io.jenkins.plugins.rancherdeploy.config.RancherGlobalConfiguration;
import io.jenkins.plugins.rancherdeploy.config.TargetSelection;
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
  private String server;
  private String environment;
  private String url;
  private String credentialsId;
  private final DeploySettings settings = new DeploySettings();

  @DataBoundConstructor
  public RancherDeployBuilder(String stack) {
    this.stack = stack == null ? "" : stack.trim();
  }

  public String getStack() { return stack; }
  public String getServer() { return server; }
  @DataBoundSetter public void setServer(String value) { server = Target.clean(value); }
  public String getEnvironment() { return environment; }
  @DataBoundSetter public void setEnvironment(String value) { environment = Target.clean(value); }
  public String getUrl() { return url; }
  @DataBoundSetter public void setUrl(String value) { url = Target.clean(value); }
  public String getCredentialsId() { return credentialsId; }

  @DataBoundSetter
  public void setCredentialsId(String value) {
    credentialsId = Target.clean(value);
  }

  public String getFiles() { return settings.getFiles(); }
  @DataBoundSetter public void setFiles(String value) { settings.setFiles(value); }
  public String getRancherFile() { return settings.getRancherFile(); }
  @DataBoundSetter public void setRancherFile(String value) { settings.setRancherFile(value); }
  public String getEnvFiles() { return settings.getEnvFiles(); }
  @DataBoundSetter public void setEnvFiles(String value) { settings.setEnvFiles(value); }
  public String getVariables() { return settings.getVariables(); }
  @DataBoundSetter public void setVariables(String value) { settings.setVariables(value); }
  public String getStrategy() { return settings.getStrategy(); }
  @DataBoundSetter public void setStrategy(String value) { settings.setStrategy(value); }
  public String getServices() { return settings.getServices(); }
  @DataBoundSetter public void setServices(String value) { settings.setServices(value); }
  public boolean isForce() { return settings.isForce(); }
  @DataBoundSetter public void setForce(boolean value) { settings.setForce(value); }
  public Integer getBatchSize() { return settings.getBatchSize(); }
  @DataBoundSetter public void setBatchSize(Integer value) { settings.setBatchSize(value); }
  public String getInterval() { return settings.getInterval(); }
  @DataBoundSetter public void setInterval(String value) { settings.setInterval(value); }
  public Boolean getStartFirst() { return settings.getStartFirst(); }
  @DataBoundSetter public void setStartFirst(Boolean value) { settings.setStartFirst(value); }
  public boolean isFinish() { return settings.isFinish(); }
  @DataBoundSetter public void setFinish(boolean value) { settings.setFinish(value); }
  public String getOnFailure() { return settings.getOnFailure(); }
  @DataBoundSetter public void setOnFailure(String value) { settings.setOnFailure(value); }
  public String getLeftoverUpgrade() { return settings.getLeftoverUpgrade(); }

  @DataBoundSetter
  public void setLeftoverUpgrade(String value) {
    settings.setLeftoverUpgrade(value);
  }

  public String getTimeout() { return settings.getTimeout(); }
  @DataBoundSetter public void setTimeout(String value) { settings.setTimeout(value); }
  public String getUpgradeTimeout() { return settings.getUpgradeTimeout(); }

  @DataBoundSetter
  public void setUpgradeTimeout(String value) {
    settings.setUpgradeTimeout(value);
  }

  public String getHealthTimeout() { return settings.getHealthTimeout(); }
  @DataBoundSetter public void setHealthTimeout(String value) { settings.setHealthTimeout(value); }
  public String getRollbackTimeout() { return settings.getRollbackTimeout(); }

  @DataBoundSetter
  public void setRollbackTimeout(String value) {
    settings.setRollbackTimeout(value);
  }

  public Integer getParallelism() { return settings.getParallelism(); }
  @DataBoundSetter public void setParallelism(Integer value) { settings.setParallelism(value); }
  public boolean isPrune() { return settings.isPrune(); }
  @DataBoundSetter public void setPrune(boolean value) { settings.setPrune(value); }
  public boolean isPull() { return settings.isPull(); }
  @DataBoundSetter public void setPull(boolean value) { settings.setPull(value); }
  public boolean isFollowLogs() { return settings.isFollowLogs(); }
  @DataBoundSetter public void setFollowLogs(boolean value) { settings.setFollowLogs(value); }
  public boolean isCreateStack() { return settings.isCreateStack(); }
  @DataBoundSetter public void setCreateStack(boolean value) { settings.setCreateStack(value); }
  public String getVerifyUrl() { return settings.getVerifyUrl(); }
  @DataBoundSetter public void setVerifyUrl(String value) { settings.setVerifyUrl(value); }
  public String getWhenBusy() { return settings.getWhenBusy(); }
  @DataBoundSetter public void setWhenBusy(String value) { settings.setWhenBusy(value); }
  public String getHealthGrace() { return settings.getHealthGrace(); }
  @DataBoundSetter public void setHealthGrace(String value) { settings.setHealthGrace(value); }
  public String getImages() { return settings.getImages(); }
  @DataBoundSetter public void setImages(String value) { settings.setImages(value); }

  @Override
  public void perform(
      @NonNull Run<?, ?> run,
      @NonNull FilePath workspace,
      @NonNull EnvVars env,
      @NonNull Launcher launcher,
      @NonNull TaskListener listener)
      throws InterruptedException, IOException {
    String expandedStack = env.expand(stack);
    DeployRunner.run(
        Operation.DEPLOY,
        expandedStack,
        () ->
            TargetSelection.select(
                RancherGlobalConfiguration.get().getServers(),
                expand(env, server),
                expand(env, environment),
                expand(env, url),
                credentialsId),
        settings,
        run,
        workspace,
        env,
        listener);
  }

  private static String expand(EnvVars env, String value) {
    return value == null ? null : env.expand(value);
  }

  @Extension
  @Symbol("rancherDeployBuilder")
  public static class DescriptorImpl extends BuildStepDescriptor<Builder> {
    @NonNull
    @Override
    public String getDisplayName() {
      return "Deploy a compose stack to Rancher";
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
      return true;
    }

    public FormValidation doCheckStack(@QueryParameter String value) {
      return value != null && value.contains("${") ? FormValidation.ok() : FormSupport.stack(value);
    }

    public FormValidation doCheckUrl(@QueryParameter String value) {
      return FormSupport.url(value);
    }

    public FormValidation doCheckVariables(@QueryParameter String value) {
      return FormSupport.variables(value);
    }

    public FormValidation doCheckInterval(@QueryParameter String value) {
      return FormSupport.duration("interval", value);
    }

    public FormValidation doCheckTimeout(@QueryParameter String value) {
      return FormSupport.duration("timeout", value);
    }

    public FormValidation doCheckUpgradeTimeout(@QueryParameter String value) {
      return FormSupport.duration("upgradeTimeout", value);
    }

    public FormValidation doCheckHealthTimeout(@QueryParameter String value) {
      return FormSupport.duration("healthTimeout", value);
    }

    public FormValidation doCheckRollbackTimeout(@QueryParameter String value) {
      return FormSupport.duration("rollbackTimeout", value);
    }

    public FormValidation doCheckVerifyUrl(@QueryParameter String value) {
      return FormSupport.url(value);
    }

    public FormValidation doCheckStrategy(@QueryParameter String value) {
      return FormSupport.choice("strategy", value, Strategy.class);
    }

    public FormValidation doCheckOnFailure(@QueryParameter String value) {
      return FormSupport.choice("onFailure", value, OnFailure.class);
    }

    public FormValidation doCheckLeftoverUpgrade(@QueryParameter String value) {
      return FormSupport.choice("leftoverUpgrade", value, LeftoverUpgrade.class);
    }

    public FormValidation doCheckWhenBusy(@QueryParameter String value) {
      return FormSupport.choice("whenBusy", value, BusyPolicy.class);
    }

    public ListBoxModel doFillStartFirstItems() { return FormSupport.startFirst(); }

    public FormValidation doCheckHealthGrace(@QueryParameter String value) {
      return FormSupport.duration("healthGrace", value);
    }

    public FormValidation doCheckImages(@QueryParameter String value) {
      return FormSupport.variables(value);
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
