package com.cloudbees.plugins.credentials;

public class BaseCredentials implements Credentials {
    private static final long serialVersionUID = 1L;

    protected BaseCredentials() {
    }

    public BaseCredentials(CredentialsScope scope) {
    }

    public CredentialsScope getScope() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
