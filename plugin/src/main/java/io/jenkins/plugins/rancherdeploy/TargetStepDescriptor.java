package io.jenkins.plugins.rancherdeploy;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.rancherdeploy.config.FormSupport;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The form methods of the target fields every {@link TargetStep} has; Stapler finds them on the
 * descriptor's superclasses. The freestyle builder's descriptor extends {@code
 * BuildStepDescriptor}, not this, and delegates to the same {@link FormSupport} methods.
 */
public abstract class TargetStepDescriptor extends StepDescriptor {
  private final String functionName;

  protected TargetStepDescriptor(String functionName) {
    this.functionName = functionName;
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @POST
  public FormValidation doCheckUrl(@AncestorInPath Item item, @QueryParameter String value) {
    return FormSupport.url(item, value);
  }

  @POST
  public ListBoxModel doFillServerItems(@AncestorInPath Item item, @QueryParameter String server) {
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
      @AncestorInPath Item item, @QueryParameter String credentialsId, @QueryParameter String url) {
    return FormSupport.credentials(item, credentialsId, url);
  }
}
