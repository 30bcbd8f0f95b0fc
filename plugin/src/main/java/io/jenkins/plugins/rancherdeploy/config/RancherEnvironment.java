package io.jenkins.plugins.rancherdeploy.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A named deploy target on a server ({@code Dev}, {@code Staging}, {@code Prod}): a Rancher
 * environment (API: project) by id or name, checked when a deploy connects, and optionally its own
 * credential instead of the server's default.
 */
public final class RancherEnvironment extends AbstractDescribableImpl<RancherEnvironment> {
  private final String name;
  private final String project;
  private String credentialsId;

  @DataBoundConstructor
  public RancherEnvironment(String name, String project) {
    this.name = name == null ? "" : name.trim();
    this.project = project == null ? "" : project.trim();
  }

  public String getName() {
    return name;
  }

  /**
   * The Rancher environment's id (e.g. {@code 1a5}) or name; blank means the key's only
   * environment.
   */
  public String getProject() {
    return project;
  }

  /** This environment's own credential; blank means the server's default. */
  public String getCredentialsId() {
    return credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    this.credentialsId = RancherServer.blankToNull(credentialsId);
  }

  @Extension
  @Symbol("rancherEnvironment")
  public static class DescriptorImpl extends Descriptor<RancherEnvironment> {
    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.RancherEnvironment_DisplayName();
    }

    @POST
    public FormValidation doCheckName(@QueryParameter String value) {
      return FormSupport.global(
          () ->
              value == null || value.isBlank()
                  ? FormValidation.error(Messages.RancherEnvironment_NameRequired())
                  : FormValidation.ok());
    }

    @POST
    public FormValidation doCheckProject(@QueryParameter String value) {
      return FormSupport.global(
          () ->
              value == null || value.isBlank()
                  ? FormValidation.warning(Messages.RancherEnvironment_ProjectBlank())
                  : FormValidation.ok());
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
      return CredentialLookup.fill(null, credentialsId, null);
    }
  }
}
