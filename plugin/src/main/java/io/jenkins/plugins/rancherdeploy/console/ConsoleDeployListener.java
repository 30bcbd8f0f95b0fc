package io.jenkins.plugins.rancherdeploy.console;

import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployListener;
import java.io.PrintStream;

/**
 * Writes the engine's events to the build console: progress as rancher-compose prints it, warnings
 * marked, container lines prefixed {@code [service/container]}. The stream it writes to masks
 * secrets.
 */
public final class ConsoleDeployListener implements DeployListener {
  private final PrintStream out;

  public ConsoleDeployListener(PrintStream out) {
    this.out = out;
  }

  @Override
  public void onEvent(DeployEvent event) {
    String line;
    if (event instanceof DeployEvent.Progress p) {
      line = p.line();
    } else if (event instanceof DeployEvent.Warning w) {
      line = "WARNING: " + w.line();
    } else if (event instanceof DeployEvent.ContainerLog c) {
      line = c.line().prefixed();
    } else {
      line = String.valueOf(event);
    }
    synchronized (out) {
      out.println(line);
    }
  }
}
