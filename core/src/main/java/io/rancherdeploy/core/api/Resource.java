package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.internal.Json;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Rancher resource as the server sent it: the raw JSON, kept whole so that a field we do not
 * model is never dropped when the resource goes back to the server, under read-only accessors for
 * the fields the tools use. Subclasses ({@link Stack}, {@link Service}, {@link Container}, ...) add
 * their own fields. Immutable: every accessor that returns JSON returns a copy.
 */
public class Resource {
  private final ObjectNode json;

  /**
   * When the request that brought this JSON was sent ({@link System#nanoTime()}); MIN_VALUE =
   * unknown.
   */
  private long observedNanos = Long.MIN_VALUE;

  public Resource(ObjectNode json) {
    this.json = Objects.requireNonNull(json, "json").deepCopy();
  }

  final long observedNanos() {
    return observedNanos;
  }

  final void observedAt(long nanos) {
    this.observedNanos = nanos;
  }

  /** The same kind of view over other JSON (a reloaded or changed copy of this resource). */
  public Resource withJson(ObjectNode json) {
    return new Resource(json);
  }

  public String id() {
    return text("id").orElse("");
  }

  /** The API type, e.g. {@code service}, {@code loadBalancerService}, {@code container}. */
  public String type() {
    return text("type").orElse("");
  }

  public String baseType() {
    return text("baseType").orElse(type());
  }

  /** The name, or an empty string for the few resources Rancher leaves unnamed. */
  public String name() {
    return text("name").orElse("");
  }

  public Optional<String> accountId() {
    return text("accountId");
  }

  public ResourceState state() {
    return ResourceState.of(stateName());
  }

  /**
   * The state exactly as Rancher spelled it (also for states {@link ResourceState} does not know).
   */
  public String stateName() {
    return text("state").orElse("");
  }

  public Transitioning transitioning() {
    return Transitioning.of(text("transitioning").orElse(null));
  }

  public Optional<String> transitioningMessage() {
    return text("transitioningMessage").filter(s -> !s.isBlank());
  }

  public Optional<String> healthState() {
    return text("healthState").filter(s -> !s.isBlank());
  }

  /**
   * Whether Rancher has removed it (state {@code removed}/{@code purged} or a {@code removed}
   * date).
   */
  public boolean isRemoved() {
    JsonNode removed = json.get("removed");
    return state() == ResourceState.REMOVED
        || state() == ResourceState.PURGED
        || (removed != null && !removed.isNull());
  }

  /** The actions valid in the current state, name to URL. */
  public Map<String, String> actions() {
    return Json.stringMap(json, "actions");
  }

  public boolean hasAction(String action) {
    return actions().containsKey(action);
  }

  public Map<String, String> links() {
    return Json.stringMap(json, "links");
  }

  public Optional<String> link(String name) {
    return Optional.ofNullable(links().get(name));
  }

  /** The {@code self} link, or empty for resources the server sent without one. */
  public Optional<String> selfLink() {
    return link("self");
  }

  /** A copy of the whole JSON. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** A copy of one field, empty when missing or null. */
  public Optional<JsonNode> field(String name) {
    JsonNode value = json.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.deepCopy());
  }

  /** A text field, empty when missing, null or not text. */
  public Optional<String> text(String name) {
    return Json.text(json, name);
  }

  /** A number field, empty when missing or not a number. */
  public Optional<Long> number(String name) {
    JsonNode value = json.get(name);
    return value != null && value.isNumber() ? Optional.of(value.asLong()) : Optional.empty();
  }

  /** Read-only access for subclasses, without copying. */
  protected final JsonNode raw(String name) {
    JsonNode value = json.get(name);
    return value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value;
  }

  /** {@code service web (1s7)}: how messages name a resource. */
  public String describe() {
    String name = name();
    return type() + (name.isEmpty() ? "" : " " + name) + " (" + id() + ")";
  }

  /** Never the JSON: a launch config's environment may hold secrets. */
  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "{id="
        + id()
        + ", type="
        + type()
        + ", name="
        + name()
        + ", state="
        + stateName()
        + ", transitioning="
        + transitioning().name().toLowerCase(java.util.Locale.ROOT)
        + healthState().map(h -> ", healthState=" + h).orElse("")
        + "}";
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && json.equals(((Resource) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }
}
