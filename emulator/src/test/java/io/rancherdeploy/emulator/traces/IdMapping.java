package io.rancherdeploy.emulator.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the stand-in's ids in a trace to the emulator's. A recorded id seen for the first time
 * stands for the oldest emulator resource of the same kind not yet mapped: first among those the
 * replay created, then among those it saw in answers (e.g. the containers of an instances link).
 */
final class IdMapping {

  /** Rancher ids: 1 + type code + number (1st11, 1s12, 1i15, 1h1, 1a5). */
  static final Pattern ID = Pattern.compile("\\b1(st|scm|s|i|h|a|e)(\\d+)\\b");

  private final Map<String, String> recordedToEmulator = new HashMap<>();
  private final Set<String> mappedTargets = new HashSet<>();
  private final Map<String, Deque<String>> created = new HashMap<>();
  private final Map<String, Deque<String>> seen = new HashMap<>();

  IdMapping(String projectId) {
    recordedToEmulator.put("1a5", projectId);
    mappedTargets.add(projectId);
  }

  void created(String emulatorId) {
    queue(created, emulatorId).add(emulatorId);
  }

  /** Notes every id in an answer, so later recorded ids can stand for them. */
  void seen(JsonNode answer) {
    if (answer.isObject() && answer.path("id").isTextual()) {
      String id = answer.get("id").asText();
      if (ID.matcher(id).matches() && !queue(seen, id).contains(id)) {
        queue(seen, id).add(id);
      }
    }
    answer.path("data").forEach(this::seen);
  }

  /** The text with every recorded id replaced by its emulator id. */
  String map(String text) {
    Matcher matcher = ID.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(resolve(matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  String resolve(String recordedId) {
    String known = recordedToEmulator.get(recordedId);
    if (known != null) {
      return known;
    }
    String target = take(created, recordedId);
    if (target == null) {
      target = take(seen, recordedId);
    }
    if (target == null) {
      throw new Unmapped(
          "the trace names "
              + recordedId
              + " but the emulator has given no unmapped resource of that kind so far");
    }
    recordedToEmulator.put(recordedId, target);
    mappedTargets.add(target);
    return target;
  }

  /** A recorded id the replay cannot stand an emulator resource for. */
  static final class Unmapped extends RuntimeException {
    Unmapped(String message) {
      super(message);
    }
  }

  private String take(Map<String, Deque<String>> queues, String recordedId) {
    Deque<String> candidates = queue(queues, recordedId);
    while (!candidates.isEmpty()) {
      String candidate = candidates.poll();
      if (!mappedTargets.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static Deque<String> queue(Map<String, Deque<String>> queues, String id) {
    Matcher matcher = ID.matcher(id);
    String kind = matcher.matches() ? matcher.group(1) : id;
    return queues.computeIfAbsent(kind, k -> new ArrayDeque<>());
  }
}
