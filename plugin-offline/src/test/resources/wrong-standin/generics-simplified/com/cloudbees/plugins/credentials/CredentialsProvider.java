package com.cloudbees.plugins.credentials;

import hudson.model.Run;

public abstract class CredentialsProvider {
  private CredentialsProvider() {}

  public static <C extends Credentials> C track(Run<?, ?> build, C credentials) {
    throw new UnsupportedOperationException();
  }
}
