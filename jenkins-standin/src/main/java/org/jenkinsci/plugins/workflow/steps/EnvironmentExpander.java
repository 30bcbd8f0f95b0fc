package org.jenkinsci.plugins.workflow.steps;

import hudson.EnvVars;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

public abstract class EnvironmentExpander implements Serializable {
    private static final long serialVersionUID = 1L;

    public EnvironmentExpander() {
    }

    public abstract void expand(EnvVars env) throws IOException, InterruptedException;

    public Set<String> getSensitiveVariables() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public static EnvironmentExpander merge(
      EnvironmentExpander original, EnvironmentExpander subsequent) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
