package com.cloudbees.plugins.credentials.common;

import hudson.util.ListBoxModel;

public abstract class AbstractIdCredentialsListBoxModel<
        T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials>
    extends ListBoxModel {
  private AbstractIdCredentialsListBoxModel() {}

  public T includeEmptyValue() {
    throw new UnsupportedOperationException();
  }
}
