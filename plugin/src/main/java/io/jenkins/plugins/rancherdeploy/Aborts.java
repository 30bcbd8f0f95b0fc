package io.jenkins.plugins.rancherdeploy;

import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** What the console says when a build is aborted mid-deploy. */
final class Aborts {
  private Aborts() {}

  static void announce(StepContext context) {
    try {
      TaskListener listener = context.get(TaskListener.class);
      if (listener != null) {
        listener
            .getLogger()
            .println(
                "Rancher: aborted; cancelling the deploy (it rolls back upgraded"
                    + " services unless onFailure says otherwise, within the rollback timeout)");
      }
    } catch (java.io.IOException e) {
      // The abort goes on whether or not the console can be written to.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
