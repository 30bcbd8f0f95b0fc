package org.jenkinsci.plugins.workflow.steps;

public class StepExecutions {
    private StepExecutions() {
    }

    public static StepExecution block(StepContext context, BlockBody body) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @FunctionalInterface
    public interface BlockBody {
        void call(StepContext context, BodyInvoker invoker) throws Exception;
    }
}
