package io.jenkins.plugins.rancherdeploy.run;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small forwarding HTTP proxy for tests, on a real socket: it records each request line (in the
 * absolute form a client sends a proxy) and the {@code Proxy-Authorization} it came with, refuses a
 * request without the expected credentials with 407, and forwards the others, one request per
 * connection ({@code Connection: close}); a websocket upgrade is forwarded and then piped both
 * ways. Plain {@code http} only (no CONNECT).
 */
final class CountingProxy implements AutoCloseable {
  private static final int TIMEOUT_MS = 30_000;

  private final ServerSocket server;
  private final String expectedAuthorization;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "counting-proxy");
            thread.setDaemon(true);
            return thread;
          });
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  /**
   * @param expectedAuthorization the {@code Proxy-Authorization} value to require; null: none
   */
  CountingProxy(String expectedAuthorization) throws IOException {
    this.expectedAuthorization = expectedAuthorization;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  /** The request lines forwarded, in order. */
  List<String> requests() {
    return new ArrayList<>(requests);
  }

  /** The request lines refused with 407. */
  List<String> refused() {
    return new ArrayList<>(refused);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        open.add(client);
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(TIMEOUT_MS);
      InputStream in = new BufferedInputStream(client.getInputStream());
      List<String> head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      String requestLine = head.get(0);
      String authorization = header(head, "proxy-authorization");
      if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
        refused.add(requestLine);
        write(
            client.getOutputStream(),
            "HTTP/1.1 407 Proxy Authentication Required\r\n"
                + "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");
        return;
      }
      requests.add(requestLine);
      forward(client, in, head);
    } catch (IOException e) {
      // The client or the server went away: nothing more to forward.
    }
  }

  private void forward(Socket client, InputStream in, List<String> head) throws IOException {
    String[] parts = head.get(0).split(" ");
    URI target = URI.create(parts[1]);
    boolean upgrade = header(head, "upgrade") != null;
    try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
      open.add(upstream);
      upstream.setSoTimeout(upgrade ? 0 : TIMEOUT_MS);
      client.setSoTimeout(upgrade ? 0 : TIMEOUT_MS);
      StringBuilder out =
          new StringBuilder(
              parts[0]
                  + " "
                  + target.getRawPath()
                  + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                  + " "
                  + parts[2]
                  + "\r\n");
      for (String line : head.subList(1, head.size())) {
        String name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
        boolean hopByHop =
            name.startsWith("proxy-")
                || name.equals("keep-alive")
                || !upgrade && name.equals("connection");
        if (!hopByHop) {
          out.append(line).append("\r\n");
        }
      }
      out.append(upgrade ? "" : "Connection: close\r\n").append("\r\n");
      write(upstream.getOutputStream(), out.toString());
      threads.execute(() -> pipe(in, upstream));
      upstream.getInputStream().transferTo(client.getOutputStream());
    }
  }

  private static void pipe(InputStream from, Socket to) {
    try {
      from.transferTo(to.getOutputStream());
    } catch (IOException e) {
      // One side closed; the other direction ends the exchange.
    }
  }

  private static List<String> readHead(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
        line.reset();
        if (text.isEmpty()) {
          return lines;
        }
        lines.add(text);
      } else {
        line.write(b);
      }
    }
    return List.of();
  }

  private static String header(List<String> head, String name) {
    return head.stream()
        .skip(1)
        .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .findFirst()
        .orElse(null);
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
