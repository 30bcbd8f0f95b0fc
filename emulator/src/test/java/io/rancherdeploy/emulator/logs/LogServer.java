package io.rancherdeploy.emulator.logs;

import java.net.URI;
import java.time.Clock;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/** A bare Jetty server with only the log websocket, for testing this package on its own. */
final class LogServer implements AutoCloseable {

  final ContainerLogs logs;
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  LogServer(double speed) throws Exception {
    this(speed, ContainerLogs.DEFAULT_CAPACITY);
  }

  LogServer(double speed, int capacity) throws Exception {
    logs = new ContainerLogs(42, Clock.systemUTC(), speed, capacity);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        WebSocketUpgradeHandler.from(
            server,
            container -> container.addMapping(ContainerLogs.PATH, logs.webSocketCreator())));
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  public void close() throws Exception {
    logs.close();
    server.stop();
  }
}
