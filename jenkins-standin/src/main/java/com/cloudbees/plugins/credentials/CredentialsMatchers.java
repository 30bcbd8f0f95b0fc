package com.cloudbees.plugins.credentials;

public class CredentialsMatchers {
    private CredentialsMatchers() {
    }

    public static CredentialsMatcher always() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static CredentialsMatcher withId(String id) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public static <C extends Credentials> C firstOrNull(
      Iterable<C> credentials, CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
