package io.jenkins.plugins.rancherdeploy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.console.ConsoleLogFilter;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.rancherdeploy.config.FormSupport;
import io.jenkins.plugins.rancherdeploy.config.RancherTarget;
import io.jenkins.plugins.rancherdeploy.config.TargetSelection;
import io.jenkins.plugins.rancherdeploy.console.MaskingConsoleLogFilter;
import io.jenkins.plugins.rancherdeploy.console.SecretPattern;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withRancher(environment: 'Staging') { sh 'rancher-compose ...' }}: for users who keep
 * their scripts. The body sees {@code RANCHER_URL}, {@code RANCHER_ACCESS_KEY} and {@code
 * RANCHER_SECRET_KEY} (and {@code RANCHER_ENVIRONMENT} when the environment names a project),
 * marked sensitive and masked in the body's console output.
 */
public final class WithRancherStep extends Step {
  private final Target target = new Target();

  @DataBoundConstructor
  public WithRancherStep() {}

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

  @Override
  public StepExecution start(StepContext context) {
    Target chosen = target;
    return StepExecutions.block(
        context,
        (StepExecutions.BlockBody & Serializable) (c, invoker) -> bind(chosen, c, invoker));
  }

  private static void bind(Target target, StepContext context, BodyInvoker invoker)
      throws Exception {
    TargetSelection selection;
    try {
      selection = target.select();
    } catch (IllegalArgumentException e) {
      throw new AbortException("Rancher: " + e.getMessage());
    }
    RancherTarget key = RancherTarget.resolve(selection, context.get(Run.class));
    RancherVariables variables = RancherVariables.of(key);
    context
        .get(TaskListener.class)
        .getLogger()
        .println(
            "Rancher: "
                + String.join(", ", variables.names())
                + " set for "
                + selection.server()
                + (selection.environment().isEmpty() ? "" : " / " + selection.environment())
                + "; the key is masked");
    SecretPattern secrets = SecretPattern.of(
        List.of(key.secretKeyPlainText()), key.accessKey(), key.secretKeyPlainText());
    invoker.withContexts(
        EnvironmentExpander.merge(context.get(EnvironmentExpander.class), variables),
        BodyInvoker.mergeConsoleLogFilters(
            context.get(ConsoleLogFilter.class), new MaskingConsoleLogFilter(secrets)));
  }

  @Extension
  @Symbol("withRancher")
  public static class DescriptorImpl extends StepDescriptor {
    @Override
    public String getFunctionName() {
      return "withRancher";
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return "Set Rancher URL and API key variables for a block";
    }

    @Override
    public boolean takesImplicitBlockArgument() {
      return true;
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class);
    }

    public FormValidation doCheckUrl(@QueryParameter String value) {
      return FormSupport.url(value);
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
