package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider {
  private CredentialsProvider() {}

  public static <C extends IdCredentials> C findCredentialByIdInItem(
      String id,
      Class<C> type,
      Item item,
      Authentication authentication,
      List<DomainRequirement> domainRequirements) {
    throw new UnsupportedOperationException();
  }
}
