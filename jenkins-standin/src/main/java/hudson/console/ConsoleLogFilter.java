package hudson.console;

import hudson.ExtensionPoint;
import hudson.model.AbstractBuild;
import hudson.model.Computer;
import hudson.model.Run;
import java.io.IOException;
import java.io.OutputStream;

public abstract class ConsoleLogFilter implements ExtensionPoint {
    public ConsoleLogFilter() {
    }

  @Deprecated
  public OutputStream decorateLogger(AbstractBuild build, OutputStream logger)
      throws IOException, InterruptedException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public OutputStream decorateLogger(Run build, OutputStream logger)
      throws IOException, InterruptedException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public OutputStream decorateLogger(Computer computer, OutputStream logger)
      throws IOException, InterruptedException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
