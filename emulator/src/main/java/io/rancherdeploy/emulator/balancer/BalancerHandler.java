package io.rancherdeploy.emulator.balancer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Answers a request on a load balancer port: the chosen container's name and host, or 503. */
final class BalancerHandler extends Handler.Abstract.NonBlocking {

  /** HAProxy's own 503 page, which is what users see from a Rancher LB with no healthy backend. */
  static final String NO_BACKEND =
      "<html><body><h1>503 Service Unavailable</h1>\n"
          + "No server is available to handle this request.\n</body></html>\n";

  private final BalancerTargets targets;
  private final Map<Integer, BalancerListener> byLocalPort;

  BalancerHandler(BalancerTargets targets, Map<Integer, BalancerListener> byLocalPort) {
    this.targets = targets;
    this.byLocalPort = byLocalPort;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    BalancerListener listener = byLocalPort.get(Request.getLocalPort(request));
    if (listener == null) {
      return write(response, callback, 503, "text/html", NO_BACKEND);
    }
    String host = Optional.ofNullable(request.getHeaders().get(HttpHeader.HOST)).orElse("");
    Optional<Backend> backend = listener.pick(targets, host, request.getHttpURI().getPath());
    if (backend.isEmpty()) {
      return write(response, callback, 503, "text/html", NO_BACKEND);
    }
    response.getHeaders().put("X-Rancher-Container", backend.get().containerName());
    return write(
        response, callback, 200, "text/plain; charset=utf-8", backend.get().answer() + "\n");
  }

  private static boolean write(
      Response response, Callback callback, int status, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
    return true;
  }
}
