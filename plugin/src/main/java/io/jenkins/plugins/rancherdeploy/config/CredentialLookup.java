package io.jenkins.plugins.rancherdeploy.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * Finds the Rancher key pair among Jenkins credentials. A "Rancher API key" credential and any
 * username/password credential both qualify (the API key type is a username/password credential
 * whose username is the access key). Lookups run in the job's context, so folder credentials apply,
 * and every use in a build is tracked.
 */
public final class CredentialLookup {
  static final Class<StandardUsernamePasswordCredentials> TYPE =
      StandardUsernamePasswordCredentials.class;

  private CredentialLookup() {}

  /**
   * The credential for a build; resolves credential parameters like {@code ${KEY}} as Jenkins does.
   */
  public static StandardUsernamePasswordCredentials forRun(String id, String url, Run<?, ?> run)
      throws AbortException {
    StandardUsernamePasswordCredentials found =
        CredentialsProvider.findCredentialById(id, TYPE, run, requirements(url));
    if (found == null) {
      throw new AbortException(
          "Rancher credential '"
              + id
              + "' was not found for "
              + run.getFullDisplayName()
              + " (or it is not a Rancher API key or username/password credential, or its domain"
              + " does not match "
              + url
              + "). Add it to the job's folder or to Jenkins' global credentials.");
    }
    CredentialsProvider.track(run, found);
    return found;
  }

  /**
   * The credential as seen from a configuration page ({@code item} is null for the global page).
   */
  public static StandardUsernamePasswordCredentials forItem(String id, String url, Item item) {
    List<StandardUsernamePasswordCredentials> all =
        CredentialsProvider.lookupCredentialsInItem(
            TYPE, item, authentication(item), requirements(url));
    return CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(id));
  }

  /**
   * The credentials drop-down. Users who may not configure the item (or Jenkins) only see the
   * current value, so the list cannot be used to enumerate credentials.
   */
  public static ListBoxModel fill(Item item, String current, String url) {
    ListBoxModel model;
    if (mayListCredentials(item)) {
      model =
          CredentialsProvider.listCredentialsInItem(
              TYPE, item, authentication(item), requirements(url), CredentialsMatchers.always());
    } else {
      model = new ListBoxModel();
    }
    model.add(0, new ListBoxModel.Option(Messages.CredentialLookup_None(), ""));
    if (current != null
        && !current.isEmpty()
        && model.stream().noneMatch(option -> current.equals(option.value))) {
      model.add(new ListBoxModel.Option(current, current));
    }
    return model;
  }

  /** The permission rule of the credentials consumer guide, also used by the check methods. */
  public static boolean mayListCredentials(Item item) {
    if (item == null) {
      return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }
    return item.hasPermission(Item.EXTENDED_READ)
        || item.hasPermission(CredentialsProvider.USE_ITEM);
  }

  private static Authentication authentication(Item item) {
    return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
  }

  private static List<DomainRequirement> requirements(String url) {
    return URIRequirementBuilder.fromUri(url).build();
  }
}
