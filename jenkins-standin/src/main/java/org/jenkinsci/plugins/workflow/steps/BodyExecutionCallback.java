package org.jenkinsci.plugins.workflow.steps;

public abstract class BodyExecutionCallback {
    private BodyExecutionCallback() {
    }
}
