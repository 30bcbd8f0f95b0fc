package io.jenkins.plugins.rancherdeploy.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A Rancher server as configured in Manage Jenkins: its URLs (tried in order), a default
 * credential, TLS settings, and the named environments that steps deploy to.
 */
public final class RancherServer extends AbstractDescribableImpl<RancherServer> {
  private final String name;
  private final String urls;
  private String credentialsId;
  private String caCertificate;
  private boolean insecure;
  private List<RancherEnvironment> environments = new ArrayList<>();

  @DataBoundConstructor
  public RancherServer(String name, String urls) {
    this.name = name == null ? "" : name.trim();
    this.urls = urls == null ? "" : urls.trim();
  }

  public String getName() {
    return name;
  }

  /** One URL a line. */
  public String getUrls() {
    return urls;
  }

  public String getCredentialsId() {
    return credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    this.credentialsId = blankToNull(credentialsId);
  }

  /** Extra trusted CA certificates (PEM), for servers with a private CA. */
  public String getCaCertificate() {
    return caCertificate;
  }

  @DataBoundSetter
  public void setCaCertificate(String caCertificate) {
    this.caCertificate = blankToNull(caCertificate);
  }

  public boolean isInsecure() {
    return insecure;
  }

  @DataBoundSetter
  public void setInsecure(boolean insecure) {
    this.insecure = insecure;
  }

  public List<RancherEnvironment> getEnvironments() {
    return environments;
  }

  @DataBoundSetter
  public void setEnvironments(List<RancherEnvironment> environments) {
    this.environments = environments == null ? new ArrayList<>() : new ArrayList<>(environments);
  }

  public Optional<RancherEnvironment> environment(String environmentName) {
    return environments.stream().filter(e -> e.getName().equals(environmentName)).findFirst();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  @Extension
  @Symbol("rancherServer")
  public static class DescriptorImpl extends Descriptor<RancherServer> {
    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.RancherServer_DisplayName();
    }

    @POST
    public FormValidation doCheckName(@QueryParameter String value) {
      return FormSupport.global(
          () ->
              value == null || value.isBlank()
                  ? FormValidation.error(Messages.RancherServer_NameRequired())
                  : FormValidation.ok());
    }

    @POST
    public FormValidation doCheckUrls(@QueryParameter String value) {
      return FormSupport.global(() -> FormSupport.serverUrls(value));
    }

    @POST
    public FormValidation doCheckInsecure(@QueryParameter boolean value) {
      return FormSupport.global(
          () ->
              value
                  ? FormValidation.warning(Messages.RancherServer_Insecure())
                  : FormValidation.ok());
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(
        @QueryParameter String credentialsId, @QueryParameter String urls) {
      String first = urls == null ? null : urls.strip().split("\\R")[0];
      return CredentialLookup.fill(null, credentialsId, first);
    }

    /** Connects with the form's values and lists the environments the key can see. */
    @POST
    public FormValidation doTestConnection(
        @QueryParameter String urls,
        @QueryParameter String credentialsId,
        @QueryParameter String caCertificate,
        @QueryParameter boolean insecure) {
      Jenkins.get().checkPermission(Jenkins.ADMINISTER);
      return ConnectionTest.run(urls, credentialsId, caCertificate, insecure);
    }
  }
}
