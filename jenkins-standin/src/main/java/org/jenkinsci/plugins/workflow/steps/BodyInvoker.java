package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import hudson.console.ConsoleLogFilter;
import java.util.Collection;

public abstract class BodyInvoker {
    private BodyInvoker() {
    }

    public abstract BodyInvoker withContext(Object override);

    public BodyInvoker withContexts(Object... overrides) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public BodyInvoker withContexts(Collection<?> overrides) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public abstract BodyInvoker withDisplayName(String name);

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public final BodyInvoker withCallback(FutureCallback<Object> callback) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public abstract BodyExecution start();

  public static ConsoleLogFilter mergeConsoleLogFilters(
      ConsoleLogFilter original, ConsoleLogFilter subsequent) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
