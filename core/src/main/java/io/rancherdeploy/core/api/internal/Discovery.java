package io.rancherdeploy.core.api.internal;

import io.rancherdeploy.core.api.ApiVersion;
import io.rancherdeploy.core.api.RancherApiException;
import io.rancherdeploy.core.api.RancherUnavailableException;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Finds the API as go-rancher does (rancher-api.md §1.3): GET the URL, follow its {@code
 * X-API-Schemas} header, read the schemas. A bare server URL tries {@code /v2-beta} first, then
 * {@code /v1}.
 */
public final class Discovery {
  /**
   * What bootstrapping found. {@code accountId} is the {@code X-Api-Account-Id} header (the key's
   * account).
   */
  public record Found(
      ApiVersion version, Schemas schemas, HttpUrl schemasUrl, Optional<String> accountId) {}

  private final Transport transport;
  private final ErrorMapper errors;

  public Discovery(Transport transport, ErrorMapper errors) {
    this.transport = transport;
    this.errors = errors;
  }

  public Found bootstrap(HttpUrl configured) {
    String path = configured.encodedPath();
    if (path.equals("/") || path.isEmpty()) {
      HttpUrl v2 = configured.newBuilder().encodedPath("/v2-beta").build();
      Transport.Answer answer = transport.send("GET", v2, null, Transport.Replay.SAFE);
      if (answer.status() != 404) {
        return follow(v2, answer);
      }
      HttpUrl v1 = configured.newBuilder().encodedPath("/v1").build();
      return follow(v1, transport.send("GET", v1, null, Transport.Replay.SAFE));
    }
    return follow(configured, transport.send("GET", configured, null, Transport.Replay.SAFE));
  }

  /**
   * Bootstraps again on {@code <base>/<version>/projects/<id>/schemas}, as the rancher CLI does.
   */
  public Found scoped(Found root, String projectId) {
    String url = root.schemasUrl().toString();
    String marker = "/" + root.version().path();
    int at = url.lastIndexOf(marker);
    String base =
        at < 0
            ? root.schemasUrl()
                .newBuilder()
                .encodedPath("/")
                .build()
                .toString()
                .replaceAll("/$", "")
            : url.substring(0, at);
    HttpUrl scoped = HttpUrl.get(base + marker + "/projects/" + projectId + "/schemas");
    return follow(scoped, transport.send("GET", scoped, null, Transport.Replay.SAFE));
  }

  private Found follow(HttpUrl requested, Transport.Answer answer) {
    if (!answer.isSuccessful()) {
      throw errors.map(answer);
    }
    String header = answer.headers().get("X-API-Schemas");
    if (header == null || HttpUrl.parse(header) == null) {
      throw new RancherUnavailableException(
          "The server at "
              + Redaction.url(requested)
              + " answered but is not a Rancher API (no X-API-Schemas header). Check the URL: it"
              + " should be the Rancher server, e.g. https://rancher.example.com or"
              + " https://rancher.example.com/v2-beta",
          null);
    }
    HttpUrl schemasUrl = HttpUrl.get(header);
    transport.servers().addAlias(schemasUrl);
    Transport.Answer schemasAnswer = answer;
    if (!sameResource(schemasUrl, requested)) {
      schemasAnswer = transport.send("GET", schemasUrl, null, Transport.Replay.SAFE);
      if (!schemasAnswer.isSuccessful()) {
        throw errors.map(schemasAnswer);
      }
    }
    if (!"collection".equals(schemasAnswer.body().path("type").asText())) {
      throw new RancherApiException(
          schemasAnswer.status(),
          "NotSchemas",
          "the schemas URL did not return a " + "collection",
          Optional.empty(),
          "GET",
          Redaction.url(schemasUrl));
    }
    Schemas schemas = Schemas.parse(schemasAnswer.body(), schemasUrl.toString());
    ApiVersion version =
        schemasUrl.encodedPath().contains("/v2-beta") ? ApiVersion.V2_BETA : ApiVersion.V1;
    return new Found(
        version,
        schemas,
        schemasUrl,
        Optional.ofNullable(answer.headers().get("X-Api-Account-Id")));
  }

  private boolean sameResource(HttpUrl a, HttpUrl b) {
    return transport.servers().route(a).encodedPath().replaceAll("/$", "")
        .equals(transport.servers().route(b).encodedPath().replaceAll("/$", ""));
  }
}
