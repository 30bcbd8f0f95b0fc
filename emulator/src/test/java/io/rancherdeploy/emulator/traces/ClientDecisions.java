package io.rancherdeploy.emulator.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers must lead the real client to the decisions the trace shows it made next
 * (rancher-api.md §4.0-§4.5): a lookup by name finds the stack or service exactly when the client
 * then did not create it, and every service carries back, verbatim, the config hashes the client
 * last sent (in the create body, an upgrade's launch config, or the one before it after a
 * rollback), since a changed hash makes rancher-compose upgrade again. Hashes are compared once the
 * service rests (the client reads them in its lookups, not during a Wait).
 */
final class ClientDecisions {

  private static final String HASH = "io.rancher.service.hash";
  private static final Pattern LOOKUP = Pattern.compile("/(stacks|services)\\?(.*)");
  private static final Pattern NAME = Pattern.compile("(?:^|&)name=([^&]+)");
  private static final Pattern ACTION = Pattern.compile("/services/(\\w+)/?\\?action=(\\w+)");

  private final List<String> problems;
  private final Map<String, String> metadataHash = new HashMap<>();
  private final Map<String, Deque<String>> launchConfigHashes = new HashMap<>();

  ClientDecisions(List<String> problems) {
    this.problems = problems;
  }

  void check(
      RecordedCall call,
      String path,
      JsonNode sent,
      JsonNode answer,
      List<RecordedCall> restOfStep) {
    String where = call.describe() + " (sent as " + path + ")";
    if (call.method().equals("GET")) {
      checkLookup(path, answer, restOfStep, where);
    }
    learn(call, path, sent, answer);
    checkHashes(answer, where);
    answer.path("data").forEach(item -> checkHashes(item, where));
  }

  private void checkLookup(String path, JsonNode answer, List<RecordedCall> next, String where) {
    Matcher lookup = LOOKUP.matcher(path);
    if (!lookup.find()) {
      return;
    }
    Matcher name = NAME.matcher(lookup.group(2));
    boolean services = lookup.group(1).equals("services");
    // A compose engine's FindExisting (stackId and removed_null); the CLI's own lookups of a
    // service name (logs, rm) never create one.
    if (!name.find()
        || (services
            && !(lookup.group(2).contains("stackId=")
                && lookup.group(2).contains("removed_null=")))) {
      return;
    }
    boolean found = false;
    for (JsonNode item : answer.path("data")) {
      found |= item.path("name").asText().equalsIgnoreCase(name.group(1));
    }
    boolean created = services ? createsService(name.group(1), next) : createsStack(next);
    if (found == created) {
      problems.add(
          where
              + ": the answer "
              + (found ? "lists" : "does not list")
              + " "
              + name.group(1)
              + ", so the client would "
              + (found ? "not create it" : "create it")
              + ", but the trace shows it "
              + (created ? "created it" : "went on without creating it"));
    }
  }

  private static boolean createsStack(List<RecordedCall> next) {
    return !next.isEmpty()
        && (next.get(0).method().equals("POST") && next.get(0).path().endsWith("/stacks")
            || next.get(0).path().matches(".*/stacks\\?removed_null=[^&]*"));
  }

  /**
   * Whether the client creates the service later in this step (the CLI's engine looks up several
   * services before it creates the first).
   */
  private static boolean createsService(String name, List<RecordedCall> restOfStep) {
    return restOfStep.stream()
        .anyMatch(
            c ->
                c.method().equals("POST")
                    && c.path().endsWith("/services")
                    && c.body().orElse("").contains("\"name\":\"" + name + "\""));
  }

  private void learn(RecordedCall call, String path, JsonNode sent, JsonNode answer) {
    if (call.method().equals("POST") && path.endsWith("/services") && answer.has("id")) {
      String id = answer.get("id").asText();
      metadataHash.put(id, sent.path("metadata").path(HASH).asText(""));
      hashes(id).push(sent.path("launchConfig").path("labels").path(HASH).asText(""));
    }
    Matcher action = ACTION.matcher(path);
    if (call.method().equals("POST")
        && action.find()
        && launchConfigHashes.containsKey(action.group(1))) {
      JsonNode upgraded = sent.path("inServiceStrategy").path("launchConfig");
      if (action.group(2).equals("upgrade") && upgraded.isObject()) {
        hashes(action.group(1)).push(upgraded.path("labels").path(HASH).asText(""));
      } else if (action.group(2).equals("rollback") && hashes(action.group(1)).size() > 1) {
        hashes(action.group(1)).pop();
      }
    }
  }

  private void checkHashes(JsonNode service, String where) {
    String id = service.path("id").asText();
    if (!service.path("type").asText().equals("service")
        || !metadataHash.containsKey(id)
        || service.path("transitioning").asText().equals("yes")) {
      return;
    }
    String metadata = service.path("metadata").path(HASH).asText("");
    String launchConfig = service.path("launchConfig").path("labels").path(HASH).asText("");
    if (!metadata.equals(metadataHash.get(id)) || !launchConfig.equals(hashes(id).peek())) {
      problems.add(
          where
              + ": "
              + id
              + " carries the hashes metadata="
              + metadata
              + " launchConfig="
              + launchConfig
              + " but the client last sent metadata="
              + metadataHash.get(id)
              + " launchConfig="
              + hashes(id).peek()
              + "; rancher-compose would see it out of sync");
    }
  }

  private Deque<String> hashes(String serviceId) {
    return launchConfigHashes.computeIfAbsent(serviceId, k -> new ArrayDeque<>());
  }
}
