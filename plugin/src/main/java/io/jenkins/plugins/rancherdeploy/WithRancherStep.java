package io.jenkins.plugins.rancherdeploy;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.model.TaskListener;
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
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecutions;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code withRancher(environment: 'Staging') { sh 'rancher-compose ...' }}: for users who keep
 * their scripts. The body sees {@code RANCHER_URL}, {@code RANCHER_ACCESS_KEY} and {@code
 * RANCHER_SECRET_KEY} (and {@code RANCHER_ENVIRONMENT} when the environment names a project),
 * marked sensitive and masked in the body's console output.
 */
public final class WithRancherStep extends TargetStep {
  @DataBoundConstructor
  public WithRancherStep() {}

  @Override
  public StepExecution start(StepContext context) {
    Target chosen = target();
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
    SecretPattern secrets =
        SecretPattern.of(
            List.of(key.secretKeyPlainText()), key.accessKey(), key.secretKeyPlainText());
    invoker.withContexts(
        EnvironmentExpander.merge(context.get(EnvironmentExpander.class), variables),
        BodyInvoker.mergeConsoleLogFilters(
            context.get(ConsoleLogFilter.class), new MaskingConsoleLogFilter(secrets)));
  }

  @Extension
  @Symbol("withRancher")
  public static class DescriptorImpl extends TargetStepDescriptor {
    public DescriptorImpl() {
      super("withRancher");
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.WithRancherStep_DisplayName();
    }

    @Override
    public boolean takesImplicitBlockArgument() {
      return true;
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class);
    }
  }
}
