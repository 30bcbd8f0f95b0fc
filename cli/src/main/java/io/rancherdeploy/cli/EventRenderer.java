package io.rancherdeploy.cli;

import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployListener;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Renders the engine's events as rancher-compose's log did: {@code INFO[0003] [web]: Started}. For
 * a person at a terminal it also keeps a live status line ({@link LiveStatus}) under the log,
 * redrawn every second during waits; {@link #close()} erases it.
 */
final class EventRenderer implements DeployListener, AutoCloseable {
  private final Printer printer;
  private final boolean rawLogs;
  private final LiveStatus live = new LiveStatus();
  private final long startNanos = System.nanoTime();
  private final Optional<ScheduledExecutorService> ticker;

  EventRenderer(Printer printer, boolean rawLogs) {
    this.printer = printer;
    this.rawLogs = rawLogs;
    this.ticker = printer.live() ? Optional.of(startTicker()) : Optional.empty();
  }

  private ScheduledExecutorService startTicker() {
    ScheduledExecutorService service =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "cli-status-line");
              thread.setDaemon(true);
              return thread;
            });
    service.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
    return service;
  }

  @Override
  public void onEvent(DeployEvent event) {
    if (event instanceof DeployEvent.Progress progress) {
      printer.info(progress.line());
      progress.service().ifPresent(service -> live.update(service, progress.message()));
      redraw();
    } else if (event instanceof DeployEvent.Warning warning) {
      printer.warn(warning.line());
      redraw();
    } else if (event instanceof DeployEvent.ContainerLog log) {
      printer.log(rawLogs ? log.line().text() : log.line().prefixed());
      redraw();
    } else {
      printer.debug(String.valueOf(event));
    }
  }

  private void redraw() {
    if (printer.live()) {
      live.line(Duration.ofNanos(System.nanoTime() - startNanos)).ifPresent(printer::status);
    }
  }

  @Override
  public void close() {
    ticker.ifPresent(ScheduledExecutorService::shutdownNow);
    printer.clearStatus();
  }
}
