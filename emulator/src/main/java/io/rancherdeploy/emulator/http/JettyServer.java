package io.rancherdeploy.emulator.http;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The Jetty 12 edge: turns Jetty requests into {@link ApiRequest}s, writes each {@link ApiResponse}
 * in one write (headers and body together, Content-Length set) on a TCP_NODELAY socket, and
 * upgrades websockets.
 */
public final class JettyServer implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;

  public JettyServer(String host, int port, RequestDispatcher dispatcher) {
    this(host, port, dispatcher, new OpenSockets());
  }

  public JettyServer(String host, int port, RequestDispatcher dispatcher, OpenSockets sockets) {
    QueuedThreadPool threads = new QueuedThreadPool(200, 4);
    threads.setName("rancher-emulator-http");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendDateHeader(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
    connector.setHost(host);
    connector.setPort(port);
    connector.setAcceptedTcpNoDelay(true);
    connector.setReuseAddress(true);
    server.addConnector(connector);
    WebSocketUpgradeHandler websockets =
        WebSocketUpgradeHandler.from(
            server, container -> container.setIdleTimeout(Duration.ofHours(1)));
    websockets.setHandler(new Edge(dispatcher, websockets.getServerWebSocketContainer(), sockets));
    server.setHandler(websockets);
    server.setStopTimeout(0);
  }

  public void start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "the emulator's HTTP server did not start on port "
              + connector.getPort()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  /**
   * TCP_NODELAY as the kernel holds it on each connection open now (a test reads it from the
   * accepted sockets themselves, not from the connector's setting).
   */
  List<Boolean> tcpNoDelayOfOpenConnections() {
    List<Boolean> options = new ArrayList<>();
    for (EndPoint endPoint : connector.getConnectedEndPoints()) {
      if (endPoint.getTransport() instanceof NetworkChannel channel && channel.isOpen()) {
        try {
          options.add(channel.getOption(StandardSocketOptions.TCP_NODELAY));
        } catch (IOException e) {
          // Closed between the check and the read: no longer an open connection.
        }
      }
    }
    return options;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(
          "the emulator's HTTP server did not stop: " + e.getMessage(), e);
    }
  }

  private static final class Edge extends Handler.Abstract {
    private final RequestDispatcher dispatcher;
    private final ServerWebSocketContainer websockets;
    private final OpenSockets sockets;

    Edge(RequestDispatcher dispatcher, ServerWebSocketContainer websockets, OpenSockets sockets) {
      super(InvocationType.BLOCKING);
      this.dispatcher = dispatcher;
      this.websockets = websockets;
      this.sockets = sockets;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      boolean upgrade = "websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeader.UPGRADE));
      ApiRequest api = toApiRequest(request, upgrade);
      if (upgrade) {
        Optional<SocketAccept> accept = dispatcher.upgrade(api);
        if (accept.isPresent()) {
          if (accept.get() instanceof SocketAccept.Open open) {
            return websockets.upgrade(
                (req, resp, cb) -> {
                  if (!open.endpoint().compressed()) {
                    resp.setExtensions(List.of());
                  }
                  return new JettySocketAdapter(open.endpoint(), sockets, sockets.describe(api));
                },
                request,
                response,
                callback);
          }
          write(((SocketAccept.Reject) accept.get()).response(), request, response, callback);
          return true;
        }
      }
      write(dispatcher.handle(api), request, response, callback);
      return true;
    }

    private static void write(
        ApiResponse answer, Request request, Response response, Callback callback) {
      if (answer.status() == ApiResponse.DROP_CONNECTION) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new IllegalStateException("connection dropped by a fault"));
        return;
      }
      response.setStatus(answer.status());
      answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
      response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    private static ApiRequest toApiRequest(Request request, boolean upgrade) throws Exception {
      Map<String, String> headers = new HashMap<>();
      for (HttpField field : request.getHeaders()) {
        headers.put(field.getName().toLowerCase(Locale.ROOT), field.getValue());
      }
      String body = upgrade ? "" : Content.Source.asString(request, StandardCharsets.UTF_8);
      String host =
          headers.getOrDefault(
              "host", Request.getLocalAddr(request) + ":" + Request.getLocalPort(request));
      String scheme =
          request.getHttpURI().getScheme() == null ? "http" : request.getHttpURI().getScheme();
      String path = request.getHttpURI().getDecodedPath();
      return new ApiRequest(
          request.getMethod().toUpperCase(Locale.ROOT),
          path == null ? "/" : path,
          parseQuery(request.getHttpURI().getQuery()),
          headers,
          body,
          scheme + "://" + host);
    }
  }

  static Map<String, List<String>> parseQuery(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    params.replaceAll((k, v) -> List.copyOf(v));
    return params;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }
}
