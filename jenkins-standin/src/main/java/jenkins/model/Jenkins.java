package jenkins.model;

import hudson.ProxyConfiguration;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;

public class Jenkins implements AccessControlled {
    private Jenkins() {
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public ProxyConfiguration getProxy() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static final Permission ADMINISTER = null;
}
