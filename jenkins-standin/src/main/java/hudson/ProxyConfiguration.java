package hudson;

import hudson.model.AbstractDescribableImpl;
import hudson.util.Secret;
import java.io.Serializable;

// Only the getters the plugin reads (Jenkins' HTTP proxy); see supplement.txt for the source.
public final class ProxyConfiguration extends AbstractDescribableImpl<ProxyConfiguration>
    implements Serializable {
    private ProxyConfiguration() {
    }

    public String getName() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public int getPort() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public String getUserName() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public Secret getSecretPassword() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public String getNoProxyHost() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
