package io.rancherdeploy.core.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.rancherdeploy.core.api.ApiVersion;
import io.rancherdeploy.core.api.RancherApiException;
import io.rancherdeploy.core.api.RancherUnavailableException;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * Finds the API as go-rancher does (rancher-api.md §1.3): GET the URL, follow its {@code
 * X-API-Schemas} header, read the schemas. A bare server URL tries {@code /v2-beta} first, then
 * {@code /v1}.
 */
public final class Discovery {
  /**
   * What bootstrapping found. {@code accountId} is the {@code X-Api-Account-Id} header (the key's
   * account). The schemas are read on first use: a bare server URL answers with the API version and
   * its collection links, which are enough to list the environments, and the client then works on
   * the environment's own schemas; reading the root schemas too would cost a request per connect
   * for nothing.
   */
  public static final class Found {
    private final ApiVersion version;
    private final HttpUrl schemasUrl;
    private final Optional<String> accountId;
    private final JsonNode rootLinks;
    private final Supplier<Schemas> read;
    private Schemas schemas;

    Found(
        ApiVersion version,
        HttpUrl schemasUrl,
        Optional<String> accountId,
        JsonNode rootLinks,
        Supplier<Schemas> read) {
      this.version = version;
      this.schemasUrl = schemasUrl;
      this.accountId = accountId;
      this.rootLinks = rootLinks;
      this.read = read;
    }

    public ApiVersion version() {
      return version;
    }

    public HttpUrl schemasUrl() {
      return schemasUrl;
    }

    public Optional<String> accountId() {
      return accountId;
    }

    public synchronized Schemas schemas() {
      if (schemas == null) {
        schemas = read.get();
      }
      return schemas;
    }

    /**
     * The collection URL of a schema ({@code project}, link {@code projects}): from the API
     * version's own links when the URL answered with them, else from the schemas.
     */
    public Optional<HttpUrl> collection(String schemaId, String rootLink) {
      Optional<HttpUrl> linked =
          Optional.ofNullable(HttpUrl.parse(rootLinks.path(rootLink).asText("")));
      if (linked.isPresent()) {
        return linked;
      }
      return schemas()
          .find(schemaId)
          .map(Schemas.Schema::collectionUrl)
          .filter(url -> !url.isEmpty())
          .map(HttpUrl::get);
    }
  }

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
    if (sameResource(scoped, root.schemasUrl())) {
      return root;
    }
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
    ApiVersion version =
        schemasUrl.encodedPath().contains("/v2-beta") ? ApiVersion.V2_BETA : ApiVersion.V1;
    Optional<String> accountId = Optional.ofNullable(answer.headers().get("X-Api-Account-Id"));
    if (sameResource(schemasUrl, requested)) {
      Schemas schemas = parse(answer, schemasUrl);
      return new Found(version, schemasUrl, accountId, MissingNode.getInstance(), () -> schemas);
    }
    JsonNode rootLinks =
        "apiVersion".equals(answer.body().path("type").asText())
            ? answer.body().path("links")
            : MissingNode.getInstance();
    return new Found(
        version,
        schemasUrl,
        accountId,
        rootLinks,
        () -> {
          Transport.Answer schemasAnswer =
              transport.send("GET", schemasUrl, null, Transport.Replay.SAFE);
          if (!schemasAnswer.isSuccessful()) {
            throw errors.map(schemasAnswer);
          }
          return parse(schemasAnswer, schemasUrl);
        });
  }

  private static Schemas parse(Transport.Answer schemasAnswer, HttpUrl schemasUrl) {
    if (!"collection".equals(schemasAnswer.body().path("type").asText())) {
      throw new RancherApiException(
          schemasAnswer.status(),
          "NotSchemas",
          "the schemas URL did not return a " + "collection",
          Optional.empty(),
          "GET",
          Redaction.url(schemasUrl));
    }
    return Schemas.parse(schemasAnswer.body(), schemasUrl.toString());
  }

  private boolean sameResource(HttpUrl a, HttpUrl b) {
    return transport
        .servers()
        .route(a)
        .encodedPath()
        .replaceAll("/$", "")
        .equals(transport.servers().route(b).encodedPath().replaceAll("/$", ""));
  }
}
