package io.jenkins.plugins.rancherdeploy.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The Rancher servers, under Manage Jenkins and in Configuration as Code ({@code unclassified:
 * rancher:}). The form binds through {@link #setServers}, as JCasC does.
 */
@Extension
@Symbol("rancher")
public class RancherGlobalConfiguration extends GlobalConfiguration {
  private List<RancherServer> servers = new ArrayList<>();

  public RancherGlobalConfiguration() {
    load();
  }

  public static RancherGlobalConfiguration get() {
    return ExtensionList.lookupSingleton(RancherGlobalConfiguration.class);
  }

  @NonNull
  @Override
  public String getDisplayName() {
    return Messages.RancherGlobalConfiguration_DisplayName();
  }

  public List<RancherServer> getServers() {
    return servers;
  }

  @DataBoundSetter
  public void setServers(List<RancherServer> servers) {
    this.servers = servers == null ? new ArrayList<>() : new ArrayList<>(servers);
    save();
  }

  /**
   * Binds the form as the default does, after clearing the servers: a repeatable list the user
   * emptied is missing from the form's JSON, and binding only sets the keys present, so without
   * this the last server could not be deleted.
   */
  @Override
  public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
    setServers(new ArrayList<>());
    req.bindJSON(this, json);
    return true;
  }

  public Optional<RancherServer> server(String name) {
    return servers.stream().filter(s -> s.getName().equals(name)).findFirst();
  }
}
