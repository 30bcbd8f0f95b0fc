package io.jenkins.plugins.rancherdeploy.run;

/** What a deploy does when another one to the same server, environment and stack is running. */
public enum BusyPolicy {
  /** Wait for it to end (bounded by the deploy's overall timeout). */
  WAIT,
  /** Fail at once, naming the build that holds the stack. */
  FAIL
}
