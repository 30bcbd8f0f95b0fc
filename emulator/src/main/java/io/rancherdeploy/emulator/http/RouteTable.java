package io.rancherdeploy.emulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's one route table: method + path template to handler.
 *
 * <p>Templates are split on {@code /}; a segment {@code {name}} captures one path segment, a final
 * {@code {name...}} captures the rest. Literal segments match case-insensitively, as Cattle matches
 * collection names ({@code serviceConsumeMaps} and {@code serviceconsumemaps} both work).
 *
 * <p>API routes ({@link #api}) are relative to an API base ({@code /v1}, {@code /v2-beta} or {@code
 * /v2-beta/projects/{id}}), which {@link ApiScope#parse} strips first; raw routes ({@link #raw})
 * match the whole path. Websocket routes answer upgrade requests; other engineers' endpoints (logs)
 * are added here too.
 */
public final class RouteTable {

  /** Handles one HTTP request. */
  @FunctionalInterface
  public interface Handler {
    ApiResponse handle(Call call);
  }

  /** Decides a websocket upgrade request. */
  @FunctionalInterface
  public interface SocketRoute {
    SocketAccept accept(Call call);
  }

  private record Route(
      String method, String[] segments, boolean api, boolean open, Object target) {}

  /** What a lookup found; {@code open} routes need no Basic auth (they check their own token). */
  public record Match(boolean api, boolean open, Object target, PathParams params) {}

  private final List<Route> routes = new ArrayList<>();

  public RouteTable api(String method, String template, Handler handler) {
    routes.add(new Route(method, split(template), true, false, handler));
    return this;
  }

  /** A route on the whole path that still needs Basic auth ({@code /}, {@code /v1-catalog}). */
  public RouteTable raw(String method, String template, Handler handler) {
    routes.add(new Route(method, split(template), false, false, handler));
    return this;
  }

  /** A route on the whole path that checks its own credentials (e.g. a token in the query). */
  public RouteTable open(String method, String template, Handler handler) {
    routes.add(new Route(method, split(template), false, true, handler));
    return this;
  }

  public RouteTable apiSocket(String template, SocketRoute route) {
    routes.add(new Route("WS", split(template), true, false, route));
    return this;
  }

  /** A websocket on the whole path that checks its own credentials (the logs socket's token). */
  public RouteTable openSocket(String template, SocketRoute route) {
    routes.add(new Route("WS", split(template), false, true, route));
    return this;
  }

  /**
   * Finds the route for {@code method} ("WS" for upgrades) on {@code path} (API-relative when
   * {@code api}).
   */
  public Optional<Match> find(String method, String path, boolean api) {
    String[] actual = split(path);
    for (Route route : routes) {
      if (route.api == api && route.method.equals(method)) {
        Map<String, String> captured = match(route.segments, actual);
        if (captured != null) {
          return Optional.of(new Match(api, route.open, route.target, new PathParams(captured)));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether any route answers {@code path} with another method (405 rather than 404). */
  public boolean knowsPath(String path, boolean api) {
    String[] actual = split(path);
    return routes.stream().anyMatch(r -> r.api == api && match(r.segments, actual) != null);
  }

  private static Map<String, String> match(String[] template, String[] actual) {
    Map<String, String> captured = new LinkedHashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (t.startsWith("{") && t.endsWith("...}")) {
        captured.put(
            t.substring(1, t.length() - 4),
            String.join("/", List.of(actual).subList(i, actual.length)));
        return captured;
      }
      if (i >= actual.length) {
        return null;
      }
      if (t.startsWith("{") && t.endsWith("}")) {
        captured.put(t.substring(1, t.length() - 1), actual[i]);
      } else if (!t.toLowerCase(Locale.ROOT).equals(actual[i].toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return template.length == actual.length ? captured : null;
  }

  static String[] split(String path) {
    String trimmed = path.replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
  }
}
