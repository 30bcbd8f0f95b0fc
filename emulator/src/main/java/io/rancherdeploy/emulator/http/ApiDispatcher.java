package io.rancherdeploy.emulator.http;

import io.rancherdeploy.emulator.journal.RecordedRequest;
import io.rancherdeploy.emulator.journal.RequestJournal;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.ApiKey;
import io.rancherdeploy.emulator.model.Keys;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.simulation.FaultPlan;
import io.rancherdeploy.emulator.simulation.WireFault;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Every request passes here: faults, routing, Basic auth, project scope, errors as Rancher renders
 * them, the headers Cattle sets on every answer ({@code X-API-Schemas} first of all) and the
 * request journal.
 */
public final class ApiDispatcher implements RequestDispatcher {

  static final String CHALLENGE =
      "Basic realm=\"Enter API access key and secret key as username and password\"";

  private final RouteTable routes;
  private final Keys keys;
  private final Store store;
  private final FaultPlan faults;
  private final RequestJournal journal;
  private final Clock clock = Clock.systemUTC();

  public ApiDispatcher(
      RouteTable routes, Keys keys, Store store, FaultPlan faults, RequestJournal journal) {
    this.routes = routes;
    this.keys = keys;
    this.store = store;
    this.faults = faults;
    this.journal = journal;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    ApiResponse response = faultOr(request).orElseGet(() -> route(request));
    journal.record(
        new RecordedRequest(
            clock.instant(),
            request.method(),
            request.path(),
            request.query(),
            request.body(),
            response.status(),
            request.headers()));
    return response;
  }

  @Override
  public Optional<SocketAccept> upgrade(ApiRequest request) {
    Optional<RouteTable.Match> raw = routes.find("WS", request.path(), false);
    Optional<ApiScope> scope = ApiScope.parse(request.origin(), request.path());
    Optional<RouteTable.Match> api =
        raw.isPresent() || scope.isEmpty()
            ? Optional.empty()
            : routes.find("WS", scope.get().rest(), true);
    if (raw.isEmpty() && api.isEmpty()) {
      return Optional.empty();
    }
    SocketAccept accept;
    try {
      RouteTable.Match match = raw.orElseGet(api::get);
      Call call = authorize(request, match, raw.isPresent() ? Optional.empty() : scope);
      accept = ((RouteTable.SocketRoute) match.target()).accept(call);
    } catch (ApiError e) {
      accept =
          SocketAccept.reject(withHeaders(Responses.error(e), request, scope, Optional.empty()));
    }
    int status = accept instanceof SocketAccept.Reject r ? r.response().status() : 101;
    journal.record(
        new RecordedRequest(
            clock.instant(),
            "GET",
            request.path(),
            request.query(),
            "",
            status,
            request.headers()));
    return Optional.of(accept);
  }

  private Optional<ApiResponse> faultOr(ApiRequest request) {
    // The query as it came (key=value pairs), so that a fault can name an action.
    String target =
        request.path()
            + (request.query().isEmpty()
                ? ""
                : "?"
                    + request.query().entrySet().stream()
                        .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
                        .collect(java.util.stream.Collectors.joining("&")));
    List<WireFault> wire = faults.onRequest(request.method(), target);
    for (WireFault fault : wire) {
      if (fault instanceof WireFault.Delay delay) {
        sleep(delay.delay().toMillis());
      } else if (fault instanceof WireFault.Drop) {
        return Optional.of(ApiResponse.dropConnection());
      } else if (fault instanceof WireFault.Status status) {
        Optional<ApiScope> scope = ApiScope.parse(request.origin(), request.path());
        return Optional.of(
            withHeaders(Responses.error(status.status()), request, scope, Optional.empty()));
      }
    }
    return Optional.empty();
  }

  private ApiResponse route(ApiRequest request) {
    Optional<RouteTable.Match> raw = routes.find(request.method(), request.path(), false);
    Optional<ApiScope> scope =
        raw.isPresent() ? Optional.empty() : ApiScope.parse(request.origin(), request.path());
    Optional<String> project = Optional.empty();
    try {
      RouteTable.Match match =
          raw.or(() -> scope.flatMap(s -> routes.find(request.method(), s.rest(), true)))
              .orElseThrow(() -> notRouted(request, scope));
      Call call = authorize(request, match, scope);
      project = call.project();
      ApiResponse answer = ((RouteTable.Handler) match.target()).handle(call);
      return withHeaders(answer, request, scope, project);
    } catch (ApiError e) {
      ApiResponse error = withHeaders(Responses.error(e), request, scope, project);
      return e.status() == 401 && request.header("x-api-no-challenge").isEmpty()
          ? error.withHeader("WWW-Authenticate", CHALLENGE)
          : error;
    } catch (RuntimeException e) {
      return withHeaders(
          Responses.error(
              new ApiError(500, "Internal Server Error", "the emulator failed: " + e, null)),
          request,
          scope,
          project);
    }
  }

  private ApiError notRouted(ApiRequest request, Optional<ApiScope> scope) {
    boolean known =
        routes.knowsPath(request.path(), false)
            || scope.map(s -> routes.knowsPath(s.rest(), true)).orElse(false);
    return known
        ? ApiError.methodNotAllowed(
            "Method [" + request.method() + "] not allowed on " + request.path())
        : ApiError.notFound("Not Found: " + request.path());
  }

  private Call authorize(ApiRequest request, RouteTable.Match match, Optional<ApiScope> scope) {
    if (match.open()) {
      return new Call(request, match.params(), scope, Optional.empty(), Optional.empty());
    }
    ApiKey key =
        authenticate(request)
            .orElseThrow(() -> new ApiError(401, "Unauthorized", "Unauthorized", null));
    Optional<String> pathProject = scope.flatMap(ApiScope::pathProject);
    Optional<String> project =
        key.kind() == ApiKey.Kind.ENVIRONMENT
            ? Optional.of(key.projectIds().get(0))
            : pathProject
                .or(() -> request.header("x-api-project-id"))
                .or(() -> request.param("projectId"));
    if (pathProject.isPresent()
        && !(project.equals(pathProject)
            && key.sees(pathProject.get())
            && store.get(pathProject.get()).isPresent())) {
      throw ApiError.notFound("environment [" + pathProject.get() + "] not found");
    }
    if (project.isPresent() && !key.sees(project.get())) {
      throw ApiError.notFound("environment [" + project.get() + "] not found");
    }
    return new Call(request, match.params(), scope, Optional.of(key), project);
  }

  private Optional<ApiKey> authenticate(ApiRequest request) {
    Optional<String> header = request.header("authorization");
    if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.get().substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : keys.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static ApiResponse withHeaders(
      ApiResponse answer, ApiRequest request, Optional<ApiScope> scope, Optional<String> project) {
    ApiResponse out = answer;
    if (!out.headers().containsKey("X-API-Schemas")) {
      out =
          out.withHeader(
              "X-API-Schemas",
              scope.map(s -> s.base() + "/schemas").orElse(request.origin() + "/v2-beta/schemas"));
    }
    out =
        out.withHeader("X-Api-User-Id", "1a1")
            .withHeader("X-Rancher-Version", "v1.6.30")
            .withHeader("Expires", "Thu, 01 Jan 1970 00:00:00 GMT");
    return project.isPresent() ? out.withHeader("X-Api-Account-Id", project.get()) : out;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
