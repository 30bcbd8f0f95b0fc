package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.internal.ErrorMapper;
import io.rancherdeploy.core.api.internal.Json;
import io.rancherdeploy.core.api.internal.Redaction;
import io.rancherdeploy.core.api.internal.Schemas;
import io.rancherdeploy.core.api.internal.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The HTTP side of the client's operations: URLs from schemas and links, sending, mapping, paging.
 */
final class Calls {
  /** Pages followed at most in one list (Rancher's maximum page is 3000 resources). */
  private static final int MAX_PAGES = 100;

  private final Transport transport;
  private final ErrorMapper errors;
  private final Schemas schemas;
  private final ApiVersion version;
  private final String environmentLabel;
  private final String accessKey;

  Calls(
      Transport transport,
      ErrorMapper errors,
      Schemas schemas,
      ApiVersion version,
      String environmentLabel,
      String accessKey) {
    this.transport = transport;
    this.errors = errors;
    this.schemas = schemas;
    this.version = version;
    this.environmentLabel = environmentLabel;
    this.accessKey = accessKey;
  }

  Transport transport() {
    return transport;
  }

  Schemas schemas() {
    return schemas;
  }

  /** The schema id on this API version ({@code stack} is {@code environment} on /v1). */
  String schemaId(ResourceType<?> type) {
    return version == ApiVersion.V1 && type.equals(ResourceType.STACK)
        ? "environment"
        : type.schemaId();
  }

  /**
   * A filter or field name on this API version ({@code stackId} is {@code environmentId} on /v1).
   */
  String fieldName(String field) {
    return version == ApiVersion.V1 && field.equals("stackId") ? "environmentId" : field;
  }

  Schemas.Schema schema(ResourceType<?> type) {
    return schemas
        .find(schemaId(type))
        .filter(s -> !s.collectionUrl().isEmpty())
        .orElseThrow(
            () ->
                new RancherApiException(
                    404,
                    "SchemaNotFound",
                    "the API offers no '"
                        + schemaId(type)
                        + "' collection to the key '"
                        + accessKey
                        + "' in environment "
                        + environmentLabel
                        + " (an account key without access to the environment, or a Rancher without"
                        + " this type)",
                    Optional.empty(),
                    "GET",
                    Redaction.url(schemas.selfUrl())));
  }

  HttpUrl collection(ResourceType<?> type, String method) {
    Schemas.Schema schema = schema(type);
    if (!schema.collectionMethods().isEmpty() && !schema.collectionMethods().contains(method)) {
      throw new RancherAuthenticationException(
          "The API key '"
              + accessKey
              + "' may not "
              + verb(method)
              + " "
              + schemaId(type)
              + " resources in environment "
              + environmentLabel
              + ": Rancher's schema allows only "
              + schema.collectionMethods()
              + ". rancher-compose users know this as 'Can not create a stack, check API key': use"
              + " an environment API key, or an account key that is a member of the environment.");
    }
    return HttpUrl.get(schema.collectionUrl());
  }

  private static String verb(String method) {
    return method.equals("POST") ? "create" : "list";
  }

  HttpUrl withFilters(HttpUrl url, Filters filters) {
    HttpUrl.Builder builder = url.newBuilder();
    for (Map.Entry<String, String> pair : filters.pairs()) {
      builder.addQueryParameter(fieldName(pair.getKey()), pair.getValue());
    }
    return builder.build();
  }

  /** Sends and maps a non-2xx answer to its exception; returns the body and the send time. */
  Sent send(String method, HttpUrl url, JsonNode body, Transport.Replay replay) {
    long sent = System.nanoTime();
    Transport.Answer answer = transport.send(method, url, body, replay);
    if (!answer.isSuccessful()) {
      throw errors.map(answer);
    }
    return new Sent(answer.body(), sent);
  }

  /** GET that reads a 404 as "not there". */
  Optional<Sent> getOptional(HttpUrl url) {
    long sent = System.nanoTime();
    Transport.Answer answer = transport.send("GET", url, null, Transport.Replay.SAFE);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    if (!answer.isSuccessful()) {
      throw errors.map(answer);
    }
    return Optional.of(new Sent(answer.body(), sent));
  }

  /** Every resource of a collection URL, following {@code pagination.next}. */
  <T extends Resource> List<T> listAll(HttpUrl url, ResourceType<T> type) {
    List<T> out = new ArrayList<>();
    HttpUrl next = url;
    for (int page = 0; next != null && page < MAX_PAGES; page++) {
      Sent sent = send("GET", next, null, Transport.Replay.SAFE);
      for (JsonNode item : sent.body().path("data")) {
        if (item instanceof ObjectNode object) {
          out.add(view(type, object, sent.nanos()));
        }
      }
      String nextUrl = sent.body().path("pagination").path("next").asText("");
      next = nextUrl.isEmpty() || nextUrl.equals("null") ? null : HttpUrl.parse(nextUrl);
    }
    return List.copyOf(out);
  }

  <T extends Resource> T view(ResourceType<T> type, ObjectNode json, long observedNanos) {
    T view = type.view(json);
    view.observedAt(observedNanos);
    return view;
  }

  @SuppressWarnings("unchecked")
  <T extends Resource> T rewrap(T like, JsonNode json, long observedNanos) {
    if (!(json instanceof ObjectNode object)) {
      throw new RancherApiException(
          200,
          "InvalidBody",
          "expected a resource in the answer, got " + json.getNodeType(),
          Optional.empty(),
          "?",
          like.selfLink().map(Redaction::url).orElse(like.id()));
    }
    T view = (T) like.withJson(object);
    view.observedAt(observedNanos);
    return view;
  }

  static ObjectNode toObject(Object body) {
    JsonNode tree = Json.toTree(body);
    if (tree.isNull()) {
      return Json.object();
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new IllegalArgumentException(
          "a request body must be a JSON object, got " + tree.getNodeType());
    }
    return object;
  }

  /** A parsed answer and when its request was sent. */
  record Sent(JsonNode body, long nanos) {}
}
