package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.model.Node;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider {
    private CredentialsProvider() {
    }

    public static final Permission USE_ITEM = null;

  public static <C extends Credentials> List<C> lookupCredentialsInItem(
      Class<C> type, Item item, Authentication authentication) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public static <C extends Credentials> List<C> lookupCredentialsInItem(
      Class<C> type,
      Item item,
      Authentication authentication,
      List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public static <C extends IdCredentials> ListBoxModel listCredentialsInItem(
      Class<C> type,
      Item item,
      Authentication authentication,
      List<DomainRequirement> domainRequirements,
      CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public static <C extends IdCredentials> C findCredentialById(
      String id, Class<C> type, Run<?, ?> run) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public static <C extends IdCredentials> C findCredentialById(
      String id, Class<C> type, Run<?, ?> run, DomainRequirement... domainRequirements) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public static <C extends IdCredentials> C findCredentialById(
      String id, Class<C> type, Run<?, ?> run, List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static <C extends Credentials> C track(Run build, C credentials) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static <C extends Credentials> C track(Node node, C credentials) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static <C extends Credentials> C track(Item item, C credentials) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
