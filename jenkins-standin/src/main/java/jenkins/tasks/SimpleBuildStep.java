package jenkins.tasks;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

public interface SimpleBuildStep extends BuildStep {
  @Deprecated
  default void perform(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener)
      throws InterruptedException, IOException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  default void perform(
      Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
      throws InterruptedException, IOException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  default void perform(Run<?, ?> run, EnvVars env, TaskListener listener)
      throws InterruptedException, IOException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
