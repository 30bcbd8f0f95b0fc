package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the common fields of stored resources. Fields starting with {@code _} are internal. */
public final class Resources {

  private Resources() {}

  public static String id(JsonNode r) {
    return r.path("id").asText();
  }

  public static String name(JsonNode r) {
    return r.path("name").asText();
  }

  public static String state(JsonNode r) {
    return r.path("state").asText();
  }

  public static String type(JsonNode r) {
    return r.path("type").asText();
  }

  public static String account(JsonNode r) {
    return r.path("accountId").asText();
  }

  public static boolean isRemoved(JsonNode r) {
    return !r.path("removed").isNull() && !r.path("removed").isMissingNode();
  }

  public static boolean isService(JsonNode r) {
    return "service".equals(r.path("baseType").asText());
  }

  public static boolean isContainer(JsonNode r) {
    return "container".equals(type(r));
  }

  public static boolean isOfType(JsonNode r, ResourceType type) {
    return type.apiName().equals(type(r));
  }

  public static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  public static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  public static ArrayNode arrayOf(List<String> values) {
    ArrayNode array = Store.JSON.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Sets the state and the transitioning fields as Cattle derives them (§4.9). */
  public static void settle(ObjectNode r, String state) {
    r.put("state", state);
    r.put("transitioning", "no");
    r.putNull("transitioningMessage");
    r.putNull("transitioningProgress");
  }

  public static void begin(ObjectNode r, String transitioningState) {
    r.put("state", transitioningState);
    r.put("transitioning", "yes");
    r.put("transitioningMessage", "In Progress");
    r.putNull("transitioningProgress");
  }

  /**
   * A failed process: the state stays, {@code transitioning} becomes {@code error} with the
   * message.
   */
  public static void fail(ObjectNode r, String message) {
    r.put("transitioning", "error");
    r.put("transitioningMessage", message);
  }

  /** Starts a new process generation: steps scheduled for an older one see it and stop. */
  public static int nextGeneration(ObjectNode r) {
    int next = r.path("_generation").asInt() + 1;
    r.put("_generation", next);
    return next;
  }

  public static int generation(JsonNode r) {
    return r.path("_generation").asInt();
  }
}
