package io.rancherdeploy.bench.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A plain HTTP client of the emulator's API for the benchmark: Basic auth, JSON in and out, and the
 * set-up of a stack with one service whose containers run.
 */
final class BenchApi {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  final OkHttpClient http;
  private final String project;
  private final String auth;

  BenchApi(URI emulator, String accessKey, String secretKey) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(1024);
    dispatcher.setMaxRequestsPerHost(1024);
    this.http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(new ConnectionPool(64, 1, TimeUnit.MINUTES))
            .callTimeout(Duration.ofSeconds(30))
            .readTimeout(Duration.ofSeconds(0))
            .build();
    this.project = emulator + "/v2-beta/projects/1a5";
    this.auth = Credentials.basic(accessKey, secretKey);
  }

  String url(String path) {
    return project + path;
  }

  JsonNode get(String path) throws IOException {
    return call(new Request.Builder().url(url(path)).get());
  }

  JsonNode post(String path, String json) throws IOException {
    return call(new Request.Builder().url(url(path)).post(RequestBody.create(json, JSON_TYPE)));
  }

  /** One GET that only counts: true for a 2xx answer read in full. */
  boolean probe(String path) throws IOException {
    try (Response response =
        http.newCall(new Request.Builder().url(url(path)).header("Authorization", auth).build())
            .execute()) {
      response.body().bytes();
      return response.isSuccessful();
    }
  }

  /**
   * Creates stack {@code stack} with service {@code web} at {@code scale} and waits for it to run.
   */
  Deployed deploy(String stack, int scale, Duration deadline)
      throws IOException, InterruptedException {
    String stackId = post("/stacks", "{\"name\":\"" + stack + "\"}").get("id").asText();
    String serviceId =
        post(
                "/services",
                "{\"name\":\"web\",\"stackId\":\""
                    + stackId
                    + "\",\"scale\":"
                    + scale
                    + ",\"launchConfig\":{\"imageUuid\":\"docker:smoll/flask-nanoservice:latest\"}}")
            .get("id")
            .asText();
    awaitNotTransitioning("/services/" + serviceId, deadline);
    post("/services/" + serviceId + "/?action=activate", "");
    JsonNode service = awaitNotTransitioning("/services/" + serviceId, deadline);
    if (!service.path("state").asText().equals("active")) {
      throw new IllegalStateException(
          "bench service "
              + serviceId
              + " ended in state "
              + service.path("state").asText()
              + ": "
              + service.path("transitioningMessage").asText());
    }
    List<String> containers = new ArrayList<>();
    get("/services/" + serviceId + "/instances")
        .path("data")
        .forEach(container -> containers.add(container.get("id").asText()));
    return new Deployed(stackId, serviceId, List.copyOf(containers));
  }

  record Deployed(String stackId, String serviceId, List<String> containerIds) {}

  private JsonNode awaitNotTransitioning(String path, Duration deadline)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      JsonNode resource = get(path);
      if (!resource.path("transitioning").asText().equals("yes")) {
        return resource;
      }
      if (System.nanoTime() > end) {
        throw new IllegalStateException(
            path
                + " still transitioning after "
                + deadline
                + " in state "
                + resource.path("state").asText());
      }
      Thread.sleep(20);
    }
  }

  private JsonNode call(Request.Builder request) throws IOException {
    try (Response response =
        http.newCall(request.header("Authorization", auth).build()).execute()) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException(
            request.build().method()
                + " "
                + request.build().url()
                + " answered "
                + response.code()
                + ": "
                + body);
      }
      return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }
  }
}
