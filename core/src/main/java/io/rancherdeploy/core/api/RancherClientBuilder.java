package io.rancherdeploy.core.api;

import io.rancherdeploy.core.api.internal.AuthInterceptor;
import io.rancherdeploy.core.api.internal.Discovery;
import io.rancherdeploy.core.api.internal.EnvironmentResolver;
import io.rancherdeploy.core.api.internal.ErrorMapper;
import io.rancherdeploy.core.api.internal.EventHub;
import io.rancherdeploy.core.api.internal.HttpClients;
import io.rancherdeploy.core.api.internal.Servers;
import io.rancherdeploy.core.api.internal.Transport;
import io.rancherdeploy.core.secret.Secret;
import io.rancherdeploy.core.secret.SecretMasker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Options of a {@link RancherClient} beyond the endpoint; {@link #connect()} discovers and
 * connects.
 */
public final class RancherClientBuilder {
  private static final System.Logger LOG = System.getLogger(RancherClient.class.getName());

  /**
   * How long connecting waits for the events socket: once it is live, the first wait after a create
   * starts from the create's answer instead of reading the resource again.
   */
  private static final Duration EVENTS_LIVE = Duration.ofSeconds(2);

  private final RancherEndpoint endpoint;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private RequestListener requestListener = RequestListener.NONE;
  private Clock clock = Clock.systemUTC();
  private Duration pollInterval = Duration.ofMillis(500);
  private Duration safetyPoll = Duration.ofSeconds(10);
  private boolean events = true;
  private Consumer<String> warningSink = warning -> LOG.log(System.Logger.Level.WARNING, warning);

  RancherClientBuilder(RancherEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  public RancherClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Told about every HTTP request (e.g. to count requests per deploy). */
  public RancherClientBuilder requestListener(RequestListener listener) {
    this.requestListener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** The clock that wait deadlines are measured on. */
  public RancherClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How often a wait polls while the events websocket is down (default 500 ms). */
  public RancherClientBuilder pollInterval(Duration interval) {
    this.pollInterval = positive(interval, "pollInterval");
    return this;
  }

  /**
   * How often a wait re-reads the resource while events flow, because events are best-effort
   * (default 10 s).
   */
  public RancherClientBuilder safetyPoll(Duration interval) {
    this.safetyPoll = positive(interval, "safetyPoll");
    return this;
  }

  /** Whether waits follow the events websocket (default true); false polls only. */
  public RancherClientBuilder events(boolean enabled) {
    this.events = enabled;
    return this;
  }

  /** Where warnings go besides {@link RancherClient#warnings()} (default: the JDK logger). */
  public RancherClientBuilder warnings(Consumer<String> sink) {
    this.warningSink = Objects.requireNonNull(sink, "sink");
    return this;
  }

  private static Duration positive(Duration d, String name) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
    return d;
  }

  /**
   * Discovers the API and lists the environments the key sees, with the one the endpoint's name or
   * id picks, without choosing one (no failure when several or none match) and without events.
   */
  public EnvironmentListing listEnvironments() {
    Wiring wiring = wire();
    List<Environment> visible = wiring.resolver().visible(wiring.root());
    return new EnvironmentListing(
        visible, EnvironmentChoice.of(visible, endpoint.environment()), wiring.warnings());
  }

  /** The HTTP side of a connection, up to the discovered root, before any environment is chosen. */
  private record Wiring(
      OkHttpClient http,
      Servers servers,
      Transport transport,
      ErrorMapper errors,
      Discovery discovery,
      Discovery.Found root,
      EnvironmentResolver resolver,
      SecretMasker masker,
      List<String> warnings) {}

  /** The proxy's password, as given (percent-encoded) and decoded, with its Basic token. */
  private static SecretMasker proxyPassword(RancherEndpoint endpoint) {
    SecretMasker masker = SecretMasker.NONE;
    Optional<URI> proxy = endpoint.proxy();
    if (proxy.isPresent() && proxy.get().getRawUserInfo() != null) {
      String raw = proxy.get().getRawUserInfo();
      String decoded = proxy.get().getUserInfo();
      if (raw.contains(":") && decoded.contains(":")) {
        masker =
            masker
                .withBasicAuth(
                    decoded.substring(0, decoded.indexOf(':')),
                    Secret.of(decoded.substring(decoded.indexOf(':') + 1)))
                .with(Secret.of(raw.substring(raw.indexOf(':') + 1)));
      }
    }
    return masker;
  }

  private Wiring wire() {
    ApiKey key = endpoint.apiKey();
    SecretMasker masker =
        SecretMasker.NONE
            .withBasicAuth(key.accessKey(), key.secretKey())
            .with(proxyPassword(endpoint));
    List<String> warnings = new ArrayList<>();
    Consumer<String> warn =
        w -> {
          warnings.add(w);
          warningSink.accept(w);
        };
    Servers servers = new Servers(endpoint.urls());
    OkHttpClient http =
        HttpClients.create(endpoint, warn)
            .newBuilder()
            .addInterceptor(new AuthInterceptor(key, servers))
            .build();
    Transport transport = new Transport(http, servers, retryPolicy, requestListener, masker);
    ErrorMapper errors = new ErrorMapper(key.accessKey(), masker);
    Discovery discovery = new Discovery(transport, errors);
    Discovery.Found root = discovery.bootstrap(servers.currentBase());
    EnvironmentResolver resolver = new EnvironmentResolver(transport, key.accessKey());
    return new Wiring(
        http, servers, transport, errors, discovery, root, resolver, masker, warnings);
  }

  /** Discovers the API, resolves the environment and opens the events websocket. */
  public RancherClient connect() {
    Wiring wiring = wire();
    OkHttpClient http = wiring.http();
    Servers servers = wiring.servers();
    SecretMasker masker = wiring.masker();
    ApiKey key = endpoint.apiKey();
    Discovery discovery = wiring.discovery();
    Discovery.Found root = wiring.root();
    List<Environment> visible = wiring.resolver().visible(root);
    Environment environment = wiring.resolver().choose(visible, endpoint.environment());
    Discovery.Found scoped = scope(discovery, root, environment);
    Calls calls =
        new Calls(
            wiring.transport(),
            wiring.errors(),
            scoped.schemas(),
            scoped.version(),
            environment.label(),
            key.accessKey());
    Optional<HttpUrl> subscribe =
        events
            ? scoped.schemas().find("subscribe").map(s -> HttpUrl.parse(s.collectionUrl()))
            : Optional.empty();
    EventHub hub = new EventHub(http, subscribe);
    hub.connectAndAwaitLive(EVENTS_LIVE);
    Awaiter awaiter = new Awaiter(hub, clock, pollInterval, safetyPoll, masker);
    String describe =
        "environment="
            + environment.label()
            + ", api="
            + scoped.version().path()
            + ", server="
            + servers.currentBase().newBuilder().username("").password("").build();
    return new RancherClient(
        new Session(
            environment,
            visible,
            scoped.version(),
            masker,
            wiring.warnings(),
            calls,
            hub,
            awaiter,
            describe));
  }

  /**
   * Project-scoped schemas, as the rancher CLI uses; an old server without them keeps the key's
   * own.
   */
  private static Discovery.Found scope(
      Discovery discovery, Discovery.Found root, Environment environment) {
    try {
      return discovery.scoped(root, environment.id());
    } catch (RancherApiException e) {
      if (e.status() == 404 && root.accountId().filter(environment.id()::equals).isPresent()) {
        return root;
      }
      throw e;
    }
  }
}
