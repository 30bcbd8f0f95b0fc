package io.rancherdeploy.emulator.traces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends a recorded trace to the emulator, request by request, mapping ids and log tokens, waiting
 * as the real clients wait (they poll a resource until it stops transitioning), and checking each
 * answer for what the client reads next ({@link ClientNeeds}). Problems are collected, each naming
 * the recorded request.
 */
final class TraceReplay {

  static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .callTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern ACTION = Pattern.compile("/(\\w+)/?\\?action=(\\w+)$");
  private static final Pattern TOKEN = Pattern.compile("token=stub-token-(\\w+)");
  private static final Duration SETTLE = Duration.ofSeconds(15);

  private final URI base;
  private final IdMapping ids;
  private final ClientNeeds needs;
  private final ClientDecisions decisions;
  private final Map<String, JsonNode> latest = new HashMap<>();
  private final Map<String, String> tokens = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  TraceReplay(URI base, String projectId) {
    this.base = base;
    this.ids = new IdMapping(projectId);
    this.needs = new ClientNeeds(problems);
    this.decisions = new ClientDecisions(problems);
  }

  List<String> replay(List<RecordedCall> calls) throws IOException, InterruptedException {
    for (int i = 0; i < calls.size(); i++) {
      RecordedCall call = calls.get(i);
      try {
        if (call.isWebSocket()) {
          replayWebSocket(call);
        } else {
          replayHttp(call, restOfStep(calls, i));
        }
      } catch (IdMapping.Unmapped e) {
        problems.add(call.describe() + ": " + e.getMessage() + "; the replay stops here");
        break;
      }
    }
    return problems;
  }

  private void replayHttp(RecordedCall call, List<RecordedCall> next)
      throws IOException, InterruptedException {
    String path = ids.map(call.path());
    checkActionOffered(call, path);
    Answer answer = send(call, path);
    needs.check(call, path, answer);
    decisions.check(
        call, path, parse(call.body().map(ids::map).orElse("null")), answer.json(), next);
    remember(call, answer);
    if (call.method().equals("GET") && answer.json().path("transitioning").asText().equals("yes")) {
      settle(call, path);
    }
  }

  private static List<RecordedCall> restOfStep(List<RecordedCall> calls, int index) {
    int end = index + 1;
    while (end < calls.size() && calls.get(end).step().equals(calls.get(index).step())) {
      end++;
    }
    return calls.subList(index + 1, end);
  }

  /** The clients call an action only when the resource they hold lists it. */
  private void checkActionOffered(RecordedCall call, String path) {
    Matcher action = ACTION.matcher(path);
    if (call.method().equals("POST") && action.find()) {
      JsonNode resource = latest.getOrDefault(action.group(1), MissingNode.getInstance());
      if (!resource.path("actions").has(action.group(2))) {
        problems.add(
            call.describe()
                + ": the client only posts '"
                + action.group(2)
                + "' when its last copy of "
                + action.group(1)
                + " lists it, but that copy (state "
                + resource.path("state").asText("?")
                + ") has actions "
                + resource.path("actions").fieldNames().toString());
      }
    }
  }

  /** Polls like go-rancher's Wait (150 ms, here faster) until transitioning is no longer "yes". */
  private void settle(RecordedCall call, String path) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (System.nanoTime() < deadline) {
      Answer again = send(call, path);
      remember(call, again);
      decisions.check(call, path, MissingNode.getInstance(), again.json(), List.of());
      if (!again.json().path("transitioning").asText().equals("yes")) {
        return;
      }
      Thread.sleep(20);
    }
    problems.add(
        call.describe()
            + ": still transitioning after "
            + SETTLE.toSeconds()
            + " s; rancher-compose would wait forever");
  }

  private Answer send(RecordedCall call, String path) throws IOException {
    Request.Builder request = new Request.Builder().url(base.resolve(path).toString());
    call.headers()
        .forEach(
            (name, value) -> {
              if (name.equals("Authorization")
                  || name.equals("Content-Type")
                  || name.equals("Accept")) {
                request.header(name, value);
              }
            });
    RequestBody body =
        call.body()
            .map(text -> RequestBody.create(ids.map(text), (MediaType) null))
            .orElse(
                call.method().equals("POST") || call.method().equals("PUT")
                    ? RequestBody.create(new byte[0])
                    : null);
    request.method(call.method(), body);
    try (Response response = HTTP.newCall(request.build()).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      JsonNode json = text.isBlank() ? MissingNode.getInstance() : parse(text);
      return new Answer(
          response.code(),
          response.header("X-API-Schemas"),
          response.header("Content-Type", ""),
          json,
          text);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return RecordedCall.JSON.readTree(text);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  private void remember(RecordedCall call, Answer answer) {
    ids.seen(answer.json());
    if (answer.status() == 201 && answer.json().path("id").isTextual()) {
      ids.created(answer.json().get("id").asText());
    }
    keepLatest(answer.json());
    answer.json().path("data").forEach(this::keepLatest);
    if (answer.json().path("type").asText().equals("hostAccess")) {
      Matcher container = Pattern.compile("/containers/(\\w+)/").matcher(call.path());
      if (container.find()) {
        tokens.put(
            container.group(1),
            answer.json().path("url").asText() + "?token=" + answer.json().path("token").asText());
      }
    }
  }

  private void keepLatest(JsonNode resource) {
    if (resource.path("id").isTextual() && resource.has("actions")) {
      latest.put(resource.get("id").asText(), resource);
    }
  }

  private void replayWebSocket(RecordedCall call) throws InterruptedException {
    Matcher recorded = TOKEN.matcher(call.path());
    if (!recorded.find() || !tokens.containsKey(recorded.group(1))) {
      problems.add(call.describe() + ": no logs action answered a token for this websocket");
      return;
    }
    needs.checkLogSocket(call, tokens.get(recorded.group(1)));
  }

  /** One answer of the emulator. */
  record Answer(int status, String schemasHeader, String contentType, JsonNode json, String text) {}
}
