package org.jenkinsci.plugins.workflow.steps;

public abstract class BodyExecution {
    private BodyExecution() {
    }
}
