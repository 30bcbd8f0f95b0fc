package hudson.tasks;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.Build;
import hudson.model.BuildListener;
import hudson.model.Project;
import java.io.IOException;
import java.util.Collection;

@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
    public BuildStepCompatibilityLayer() {
    }

    @Override
    public boolean prebuild(AbstractBuild<?, ?> build, BuildListener listener) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  @Override
  public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
      throws InterruptedException, IOException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @Override
    public Action getProjectAction(AbstractProject<?, ?> project) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @Override
    public Collection<? extends Action> getProjectActions(AbstractProject<?, ?> project) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @Deprecated
    public boolean prebuild(Build<?, ?> build, BuildListener listener) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  @Deprecated
  public boolean perform(Build<?, ?> build, Launcher launcher, BuildListener listener)
      throws InterruptedException, IOException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    @Deprecated
    public Action getProjectAction(Project<?, ?> project) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
