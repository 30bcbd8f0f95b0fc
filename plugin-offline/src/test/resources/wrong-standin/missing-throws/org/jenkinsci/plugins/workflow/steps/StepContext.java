package org.jenkinsci.plugins.workflow.steps;

public abstract class StepContext {
  private StepContext() {}

  public abstract <T> T get(Class<T> key);
}
