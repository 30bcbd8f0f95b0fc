package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.internal.Transport;
import io.rancherdeploy.core.secret.SecretMasker;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A connection to one Rancher environment: the API found as the real clients find it, resources as
 * raw JSON under typed views, bounded retries and failover, and waits woken by the events
 * websocket. Thread-safe. Build with {@link #connect(RancherEndpoint)} or {@link
 * #builder(RancherEndpoint)}; close it to release the events websocket.
 */
public final class RancherClient implements AutoCloseable {
  /**
   * Actions that set rather than change state, so a repeat does no harm (see {@link RetryPolicy}).
   */
  static final Set<String> REPEATABLE_ACTIONS = Set.of("setservicelinks", "logs", "exportconfig");

  private final Session session;
  private final Calls calls;

  private final ResourceChanges changes;

  RancherClient(Session session) {
    this.session = session;
    this.calls = session.calls();
    this.changes = new ResourceChanges(session.events());
  }

  /** Connects with the defaults: discovery, environment resolution and the events websocket. */
  public static RancherClient connect(RancherEndpoint endpoint) {
    return builder(endpoint).connect();
  }

  /**
   * The environments the key sees and the one the endpoint names, without choosing one: for
   * listings and connection checks, where an account key that sees several is no error.
   */
  public static EnvironmentListing listEnvironments(RancherEndpoint endpoint) {
    return builder(endpoint).listEnvironments();
  }

  public static RancherClientBuilder builder(RancherEndpoint endpoint) {
    return new RancherClientBuilder(endpoint);
  }

  /** The environment (project) this client works in. */
  public Environment environment() {
    return session.environment();
  }

  /** Every environment the key can see. */
  public List<Environment> environments() {
    return session.environments();
  }

  public ApiVersion apiVersion() {
    return session.version();
  }

  /**
   * Masks this client's secret key (and its Basic-auth forms); front ends add their own secrets to
   * it.
   */
  public SecretMasker masker() {
    return session.masker();
  }

  /** Warnings for the user, e.g. that TLS verification is off. */
  public List<String> warnings() {
    return session.warnings();
  }

  /**
   * Every resource of a collection matching the filters (all pages). Asks for pages of 1000 unless
   * the filters set {@code limit}, so that a big stack costs one request rather than one per 100
   * resources.
   */
  public <T extends Resource> List<T> list(ResourceType<T> type, Filters filters) {
    boolean limited = filters.pairs().stream().anyMatch(p -> p.getKey().equals("limit"));
    Filters paged = limited ? filters : filters.and("limit", "1000");
    return calls.listAll(calls.withFilters(calls.collection(type, "GET"), paged), type);
  }

  /**
   * The one non-removed resource with this name (exact match first, then ignoring case, as
   * Rancher's names are unique ignoring case) among those matching the filters, e.g. {@code
   * Filters.where("stackId", stack.id())}. Several matches are an error, never "the first one".
   */
  public <T extends Resource> Optional<T> findByName(
      ResourceType<T> type, String name, Filters filters) {
    Objects.requireNonNull(name, "name");
    List<T> listed =
        list(type, filters.and("name", name).notRemoved()).stream()
            .filter(r -> !r.isRemoved())
            .toList();
    List<T> exact = listed.stream().filter(r -> r.name().equals(name)).toList();
    List<T> matches =
        exact.isEmpty()
            ? listed.stream()
                .filter(
                    r -> r.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .toList()
            : exact;
    if (matches.size() > 1) {
      throw new RancherApiException(
          409,
          "Ambiguous",
          matches.size()
              + " "
              + calls.schemaId(type)
              + " resources are named '"
              + name
              + "' ("
              + matches.stream().map(Resource::id).toList()
              + "); remove the duplicates or address them by id",
          Optional.empty(),
          "GET",
          calls.collection(type, "GET").toString());
    }
    return matches.stream().findFirst();
  }

  public <T extends Resource> Optional<T> findByName(ResourceType<T> type, String name) {
    return findByName(type, name, Filters.none());
  }

  /**
   * By id; empty when Rancher answers 404. Removed resources are still returned (state {@code
   * removed}).
   */
  public <T extends Resource> Optional<T> get(ResourceType<T> type, String id) {
    HttpUrl url = calls.collection(type, "GET").newBuilder().addPathSegment(id).build();
    return calls.getOptional(url).map(sent -> calls.view(type, object(sent.body()), sent.nanos()));
  }

  /** The resource as it is now (GET on its {@code self} link); empty when it is gone (404). */
  public <T extends Resource> Optional<T> reload(T resource) {
    return calls
        .getOptional(self(resource))
        .map(sent -> calls.rewrap(resource, sent.body(), sent.nanos()));
  }

  /**
   * POST to the collection. {@code body} is a Map, a record or a JsonNode; {@code stackId} works on
   * /v1 too.
   */
  public <T extends Resource> T create(ResourceType<T> type, Object body) {
    ObjectNode json = Calls.toObject(body);
    if (!calls.fieldName("stackId").equals("stackId") && json.has("stackId")) {
      json.set("environmentId", json.remove("stackId"));
    }
    Calls.Sent sent =
        calls.send("POST", calls.collection(type, "POST"), json, Transport.Replay.UNSENT_ONLY);
    return calls.view(type, object(sent.body()), sent.nanos());
  }

  /**
   * PUT on the resource's {@code self} link with the fields to change (Rancher applies only its
   * updatable fields). To send back a changed copy of a launch config, start from the view's JSON
   * so nothing is dropped.
   */
  public <T extends Resource> T update(T resource, Object changes) {
    Calls.Sent sent =
        calls.send("PUT", self(resource), Calls.toObject(changes), Transport.Replay.SAFE);
    return calls.rewrap(resource, sent.body(), sent.nanos());
  }

  /**
   * DELETE on the {@code self} link; returns the resource as Rancher answered (usually {@code
   * removing}).
   */
  public <T extends Resource> T delete(T resource) {
    Calls.Sent sent = calls.send("DELETE", self(resource), null, Transport.Replay.SAFE);
    return sent.body() instanceof ObjectNode
        ? calls.rewrap(resource, sent.body(), sent.nanos())
        : resource;
  }

  /**
   * POSTs an action the resource offers in its current state, with {@code input} as the body (null
   * for none), and returns the resource Rancher answered with. Throws {@link
   * ActionNotAvailableException}, without any request, when the resource's {@code actions} lack it.
   */
  public <T extends Resource> T action(T resource, String action, Object input) {
    Calls.Sent sent = sendAction(resource, action, input);
    return calls.rewrap(resource, sent.body(), sent.nanos());
  }

  /**
   * Like {@link #action}, for actions whose output is not the resource (e.g. {@code logs}: url and
   * token).
   */
  public ObjectNode actionOutput(Resource resource, String action, Object input) {
    return object(sendAction(resource, action, input).body());
  }

  private Calls.Sent sendAction(Resource resource, String action, Object input) {
    String url = resource.actions().get(action);
    if (url == null) {
      throw new ActionNotAvailableException(resource, action);
    }
    JsonNode body = input == null ? null : Calls.toObject(input);
    Transport.Replay replay =
        REPEATABLE_ACTIONS.contains(action.toLowerCase(Locale.ROOT))
            ? Transport.Replay.SAFE
            : Transport.Replay.UNSENT_ONLY;
    return calls.send("POST", HttpUrl.get(url), body, replay);
  }

  /** The resources behind one of the resource's links, e.g. a service's {@code instances}. */
  public <T extends Resource> List<T> link(Resource resource, String link, ResourceType<T> type) {
    String url =
        resource
            .link(link)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        resource.describe()
                            + " has no link '"
                            + link
                            + "'; it has "
                            + resource.links().keySet()));
    return calls.listAll(HttpUrl.get(url), type);
  }

  /**
   * Waits until the resource meets the condition, and returns it as it then is. Ends at once with a
   * {@link RancherWaitException} on {@code transitioning: error} or removal, and at the deadline.
   */
  public <T extends Resource> T await(
      T resource, Condition<? super T> condition, Duration timeout) {
    return session.awaiter().await(resource, condition, timeout, this::reload);
  }

  /**
   * Calls the listener with each resource a {@code resource.change} event brings, on the events
   * thread.
   */
  public Subscription onResourceChange(Consumer<Resource> listener) {
    Objects.requireNonNull(listener, "listener");
    session.events().ensureConnected();
    return changes.add(listener);
  }

  /** Whether the events websocket is up (waits poll while it is not). */
  public boolean eventsConnected() {
    return session.events().isLive();
  }

  /** The HTTP client with this client's TLS, proxy and credentials (for our own servers only). */
  public OkHttpClient httpClient() {
    return calls.transport().http();
  }

  private HttpUrl self(Resource resource) {
    return HttpUrl.get(
        resource
            .selfLink()
            .orElseThrow(
                () -> new IllegalArgumentException(resource.describe() + " has no self link")));
  }

  private static ObjectNode object(JsonNode body) {
    if (body instanceof ObjectNode object) {
      return object;
    }
    throw new RancherApiException(
        200, "InvalidBody", "Rancher answered without a JSON object", Optional.empty(), "?", "?");
  }

  @Override
  public void close() {
    session.events().close();
    // OkHttp's dispatcher threads (the events socket's reader) linger 60 s after their last call
    // and keep a JVM from ending; this client owns its OkHttpClient, so it lets them go now.
    OkHttpClient http = calls.transport().http();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "RancherClient{" + session.describe() + "}";
  }
}
