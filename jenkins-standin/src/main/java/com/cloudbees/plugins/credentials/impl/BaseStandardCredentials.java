package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;

public abstract class BaseStandardCredentials extends BaseCredentials
    implements StandardCredentials {
    private static final long serialVersionUID = 1L;

    public BaseStandardCredentials(String id, String description) {
    }

    public BaseStandardCredentials(CredentialsScope scope, String id, String description) {
    }

    public String getDescription() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public String getId() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  protected abstract static class BaseStandardCredentialsDescriptor extends CredentialsDescriptor {
        protected BaseStandardCredentialsDescriptor() {
        }

    protected BaseStandardCredentialsDescriptor(Class<? extends BaseStandardCredentials> clazz) {}
    }
}
