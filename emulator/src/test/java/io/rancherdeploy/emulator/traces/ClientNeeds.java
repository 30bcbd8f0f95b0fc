package io.rancherdeploy.emulator.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * What rancher-compose 0.12.5 and the rancher CLI 0.6.14 read in each answer (rancher-api.md
 * §2-§4): a status they accept, {@code X-API-Schemas}, the schemas and links they follow, the
 * fields they decode and the actions they look for. Each miss is added to {@code problems}.
 */
final class ClientNeeds {

  private static final Set<String> COMPOSE_SCHEMAS =
      Set.of("stack", "service", "serviceConsumeMap", "setting", "container", "instance");
  private static final Set<String> CLI_SCHEMAS =
      Set.of(
          "project",
          "schema",
          "subscribe",
          "instance",
          "service",
          "container",
          "stack",
          "host",
          "volume",
          "secret");

  private final List<String> problems;

  ClientNeeds(List<String> problems) {
    this.problems = problems;
  }

  void check(RecordedCall call, String path, TraceReplay.Answer answer) {
    String where = call.describe() + " (sent as " + path + ")";
    if (!statusAccepted(call, path, answer.status())) {
      problems.add(
          where
              + ": status "
              + answer.status()
              + ", the client needs "
              + expectedStatus(call, path)
              + "; body "
              + abbreviate(answer.text()));
      return;
    }
    if (answer.schemasHeader() == null || !answer.schemasHeader().startsWith("http")) {
      problems.add(where + ": no absolute X-API-Schemas header (" + answer.schemasHeader() + ")");
    }
    if (!answer.text().isEmpty()) {
      need(
          answer.contentType().startsWith("application/json"),
          where,
          "Content-Type application/json (Cattle's), got " + answer.contentType());
    }
    if (call.status() >= 300) {
      return;
    }
    JsonNode json = answer.json();
    if (!json.isObject()) {
      problems.add(where + ": the answer is not a JSON object: " + abbreviate(answer.text()));
      return;
    }
    goType(call.method(), bare(path), path.contains("?action="))
        .ifPresent(
            type -> {
              List<String> misfits = new ArrayList<>();
              GoTypes.check(type, json, type, misfits);
              misfits.forEach(m -> problems.add(where + ": Go cannot decode " + m));
            });
    checkShape(call, path, json, where);
  }

  /**
   * The go-rancher v2 struct the client decodes this answer into; empty when it reads no body
   * (DELETE, the version roots, which only give the X-API-Schemas header).
   */
  static Optional<String> goType(String method, String bare, boolean action) {
    String last = bare.substring(bare.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String[] segments = bare.split("/");
    String parent =
        segments.length > 1 ? segments[segments.length - 2].toLowerCase(Locale.ROOT) : "";
    if (method.equals("DELETE") || bare.matches("/v[0-9a-z-]+(/projects/\\w+)?")) {
      return Optional.empty();
    }
    if (bare.endsWith("/schemas/schemas")) {
      return Optional.of("Schema");
    }
    if (last.equals("schemas")) {
      return Optional.of("Schemas");
    }
    if (parent.equals("settings")) {
      return Optional.of("Setting");
    }
    if (last.equals("transform")) {
      return Optional.of("LaunchConfig");
    }
    if (action) {
      return Optional.of(parent.equals("containers") ? "HostAccess" : structOf(parent));
    }
    if (last.equals("instances") && parent.matches("\\w*\\d\\w*")) {
      return Optional.of("ContainerCollection");
    }
    if (COLLECTIONS.containsKey(last)) {
      String struct = COLLECTIONS.get(last);
      return Optional.of(method.equals("POST") ? struct : struct + "Collection");
    }
    return COLLECTIONS.containsKey(parent) ? Optional.of(structOf(parent)) : Optional.empty();
  }

  private static final Map<String, String> COLLECTIONS =
      Map.of(
          "stacks", "Stack",
          "services", "Service",
          "serviceconsumemaps", "ServiceConsumeMap",
          "containers", "Container",
          "instances", "Instance",
          "projects", "Project");

  private static String structOf(String collection) {
    return COLLECTIONS.getOrDefault(collection, "Service");
  }

  private static String bare(String path) {
    return path.replaceAll("\\?.*$", "").replaceAll("/$", "");
  }

  private void checkShape(RecordedCall call, String path, JsonNode json, String where) {
    String bare = bare(path);
    if (bare.endsWith("/schemas/schemas")) {
      need(
          json.path("links").path("collection").isTextual(),
          where,
          "the schema schema's links.collection");
    } else if (bare.endsWith("/schemas") && !bare.startsWith("/v1-catalog")) {
      checkSchemas(json, call.path().contains("/projects/") ? CLI_SCHEMAS : COMPOSE_SCHEMAS, where);
    } else if (json.path("type").asText().equals("collection")) {
      need(json.path("data").isArray(), where, "a data array in the collection");
      json.path("data").forEach(item -> checkResource(item, where));
    } else if (bare.endsWith("/scripts/transform")) {
      need(json.path("imageUuid").asText().startsWith("docker:"), where, "imageUuid docker:...");
      need(json.has("logConfig"), where, "logConfig (rancher-compose hashes it)");
    } else if (json.path("type").asText().equals("hostAccess")) {
      need(json.path("url").asText().matches("wss?://.+/v1/logs/"), where, "url ws://.../v1/logs/");
      need(!json.path("token").asText().isEmpty(), where, "a token");
    } else if (bare.contains("/settings/")) {
      need(json.has("value"), where, "the setting's value");
    } else if (call.method().equals("POST")
        || call.method().equals("PUT")
        || bare.matches(".*/(stacks|services|containers|instances|projects)/\\w+")) {
      checkResource(json, where);
      if (json.path("type").asText().equals("service")) {
        need(json.path("launchConfig").isObject(), where, "the service's launchConfig");
      }
    }
  }

  private void checkSchemas(JsonNode json, Set<String> needed, String where) {
    need(
        json.path("links").path("self").isTextual(), where, "links.self of the schemas collection");
    List<String> present = new ArrayList<>();
    for (JsonNode schema : json.path("data")) {
      present.add(schema.path("id").asText());
      if (needed.contains(schema.path("id").asText())) {
        need(
            schema.path("links").path("collection").isTextual()
                || schema.path("id").asText().equals("setting"),
            where,
            "links.collection of schema " + schema.path("id").asText());
        need(
            schema.path("collectionMethods").isArray() && schema.path("resourceMethods").isArray(),
            where,
            "collectionMethods and resourceMethods of schema " + schema.path("id").asText());
      }
    }
    for (String id : needed) {
      need(present.contains(id), where, "the schema '" + id + "'");
    }
  }

  private void checkResource(JsonNode resource, String where) {
    String id = resource.path("id").asText("?");
    need(resource.path("id").isTextual(), where, "the resource's id");
    need(resource.path("type").isTextual(), where, "the type of " + id);
    need(resource.path("links").path("self").isTextual(), where, "links.self of " + id);
    need(resource.path("actions").isObject(), where, "an actions map on " + id);
  }

  /** The log websocket opens (101) and sends only framed lines ("01 ", "02 ", "00 "). */
  void checkLogSocket(RecordedCall call, String url) throws InterruptedException {
    BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    CountDownLatch opened = new CountDownLatch(1);
    int[] status = {-1};
    WebSocket socket =
        TraceReplay.HTTP.newWebSocket(
            new Request.Builder().url(url).build(),
            new WebSocketListener() {
              @Override
              public void onOpen(WebSocket webSocket, Response response) {
                status[0] = response.code();
                opened.countDown();
              }

              @Override
              public void onMessage(WebSocket webSocket, String text) {
                frames.add(text);
              }

              @Override
              public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                status[0] = response == null ? -1 : response.code();
                opened.countDown();
              }
            });
    boolean answered = opened.await(5, TimeUnit.SECONDS);
    socket.close(1000, "replay done");
    if (!answered || status[0] != 101) {
      problems.add(
          call.describe()
              + ": the log websocket "
              + url
              + " answered "
              + status[0]
              + ", the client needs 101");
      return;
    }
    String frame = frames.poll(2, TimeUnit.SECONDS);
    need(
        frame == null || frame.matches("(?s)0[012] .*\n"),
        call.describe(),
        "log frames framed as 01/02/00 + line + \\n, got " + frame);
  }

  /**
   * go-rancher needs exactly 200 on every GET (doGet), and below 300 with a JSON body on POST and
   * PUT; within that, the status Cattle gives (rancher-api.md §2.3), not the stand-in's: 201 on
   * create, 202 on process actions, 200 on handler actions, updates and deletes.
   */
  private static boolean statusAccepted(RecordedCall call, String path, int actual) {
    return call.status() >= 300 ? actual == call.status() : actual == cattleStatus(call, path);
  }

  private static String expectedStatus(RecordedCall call, String path) {
    return call.status() >= 300
        ? String.valueOf(call.status())
        : cattleStatus(call, path) + " (Cattle's; the stand-in gave " + call.status() + ")";
  }

  private static int cattleStatus(RecordedCall call, String path) {
    String bare = bare(path);
    return switch (call.method()) {
      case "POST" ->
          path.contains("?action=")
              ? (path.contains("action=logs") ? 200 : 202)
              : bare.endsWith("/transform") ? 200 : 201;
      default -> 200;
    };
  }

  private void need(boolean present, String where, String what) {
    if (!present) {
      problems.add(where + ": missing " + what);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
