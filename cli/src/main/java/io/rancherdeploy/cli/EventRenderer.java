package io.rancherdeploy.cli;

import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployListener;

/** Renders the engine's events as rancher-compose's log did: {@code INFO[0003] [web]: Started}. */
final class EventRenderer implements DeployListener {
  private final Printer printer;
  private final boolean rawLogs;

  EventRenderer(Printer printer, boolean rawLogs) {
    this.printer = printer;
    this.rawLogs = rawLogs;
  }

  @Override
  public void onEvent(DeployEvent event) {
    if (event instanceof DeployEvent.Progress progress) {
      printer.info(progress.line());
    } else if (event instanceof DeployEvent.Warning warning) {
      printer.warn(warning.line());
    } else if (event instanceof DeployEvent.ContainerLog log) {
      printer.log(rawLogs ? log.line().text() : log.line().prefixed());
    } else {
      printer.debug(String.valueOf(event));
    }
  }
}
