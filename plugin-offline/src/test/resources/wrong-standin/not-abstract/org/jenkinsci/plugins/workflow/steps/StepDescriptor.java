package org.jenkinsci.plugins.workflow.steps;

import java.util.Set;

public abstract class StepDescriptor {
  public StepDescriptor() {}

  public abstract Set<? extends Class<?>> getRequiredContext();

  public String getFunctionName() {
    throw new UnsupportedOperationException();
  }
}
