package io.rancherdeploy.emulator.http;

import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.ApiKey;
import io.rancherdeploy.emulator.model.ApiVersion;
import java.util.Optional;

/**
 * One routed request: the raw request, what the route template captured, where it was addressed
 * ({@code scope}, absent on raw routes), who called ({@code key}, absent on unauthenticated routes)
 * and the project the call acts in (absent for an account key that named none).
 */
public record Call(
    ApiRequest request,
    PathParams params,
    Optional<ApiScope> scope,
    Optional<ApiKey> key,
    Optional<String> project) {

  public String param(String name) {
    return params.get(name);
  }

  public ApiScope apiScope() {
    return scope.orElseThrow(
        () -> new IllegalStateException("not an API route: " + request.path()));
  }

  public ApiVersion version() {
    return scope.map(ApiScope::version).orElse(ApiVersion.V2_BETA);
  }

  /**
   * The project the call acts in, or 422/404 as Cattle answers a user-level call on project
   * resources.
   */
  public String requireProject() {
    return project.orElseThrow(
        () ->
            new ApiError(
                404,
                "Not Found",
                "no environment selected: use /v2-beta/projects/<id>/… or an environment API key",
                null));
  }

  /**
   * Whether the caller may create and change resources here (an account key without a project may
   * not).
   */
  public boolean writable() {
    return project.isPresent();
  }
}
