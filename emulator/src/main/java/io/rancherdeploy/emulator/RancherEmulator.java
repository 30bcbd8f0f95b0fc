package io.rancherdeploy.emulator;

import io.rancherdeploy.emulator.balancer.BalancerPlugin;
import io.rancherdeploy.emulator.http.ApiDispatcher;
import io.rancherdeploy.emulator.http.EventHub;
import io.rancherdeploy.emulator.http.JettyServer;
import io.rancherdeploy.emulator.http.OpenSockets;
import io.rancherdeploy.emulator.http.ResourceRoutes;
import io.rancherdeploy.emulator.http.RootRoutes;
import io.rancherdeploy.emulator.http.RouteTable;
import io.rancherdeploy.emulator.http.ScriptRoutes;
import io.rancherdeploy.emulator.journal.RequestJournal;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import io.rancherdeploy.emulator.model.ApiKey;
import io.rancherdeploy.emulator.model.Keys;
import io.rancherdeploy.emulator.model.Settings;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.simulation.FaultPlan;
import io.rancherdeploy.emulator.simulation.ImageCatalog;
import io.rancherdeploy.emulator.simulation.RealtimeScheduler;
import io.rancherdeploy.emulator.simulation.Scheduler;
import io.rancherdeploy.emulator.simulation.Simulation;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A Rancher 1.6 API server on 127.0.0.1 (HTTP and websockets), for tests, the demo and dry runs.
 *
 * <pre>{@code
 * try (RancherEmulator rancher = RancherEmulator.builder().port(0).speed(0).seed(42).hosts(3).start()) {
 *     URI url = rancher.url();   // clients append /v2-beta or /v1
 * }
 * }</pre>
 */
public final class RancherEmulator implements AutoCloseable {

  /** The id of the environment every emulator starts with, named {@code Default}. */
  public static final String DEFAULT_PROJECT = "1a5";

  private final JettyServer server;
  private final Scheduler scheduler;
  private final EventHub events;
  private final List<EmulatorPlugin> plugins;
  private final ApiKey key;
  private final Control control;
  private final OpenSockets sockets = new OpenSockets();
  private final boolean websocketsMayOutliveTests;

  private RancherEmulator(Builder builder) {
    this.websocketsMayOutliveTests = builder.websocketsMayOutliveTests;
    Clock clock = Clock.systemUTC();
    Store store = new Store(clock);
    Keys keys = new Keys();
    Random random = new Random(builder.seed);
    this.key =
        ApiKey.environment(
            builder.accessKey.orElseGet(() -> token(random, 20)),
            builder.secretKey.orElseGet(() -> token(random, 40)),
            DEFAULT_PROJECT);
    keys.add(key);
    FaultPlan faults = new FaultPlan(builder.seed);
    RequestJournal journal = new RequestJournal();
    this.scheduler = new RealtimeScheduler(builder.speed);
    ImageCatalog images = new ImageCatalog();
    this.control = new Control(store, keys, faults, journal, images);
    Settings.seed(store);
    control.addEnvironment(builder.environmentName);
    builder.hostNames.forEach(name -> control.addHost(DEFAULT_PROJECT, name));
    Simulation simulation = new Simulation(store, scheduler, images, faults);
    this.events = new EventHub(store, faults);
    control.attach(simulation, events);
    RouteTable routes = new RouteTable();
    RootRoutes.register(routes);
    ScriptRoutes.register(routes);
    events.register(routes);
    ResourceRoutes resources = new ResourceRoutes(store, simulation, PluginContext::noLogs);
    this.plugins = withDefaults(builder.plugins);
    control.plugins(plugins);
    for (EmulatorPlugin plugin : plugins) {
      plugin.install(
          new PluginContext(
              routes,
              simulation,
              resources,
              control,
              builder.seed,
              builder.speed,
              clock,
              store,
              sockets));
    }
    resources.register(routes);
    this.server =
        new JettyServer(
            "127.0.0.1",
            builder.port,
            new ApiDispatcher(routes, keys, store, faults, journal),
            sockets);
  }

  /** The logs and the load balancers unless the builder was given its own instances of them. */
  private static List<EmulatorPlugin> withDefaults(List<EmulatorPlugin> given) {
    List<EmulatorPlugin> all = new ArrayList<>(given);
    if (all.stream().noneMatch(LogsPlugin.class::isInstance)) {
      all.add(new LogsPlugin());
    }
    if (all.stream().noneMatch(BalancerPlugin.class::isInstance)) {
      all.add(new BalancerPlugin());
    }
    return List.copyOf(all);
  }

  public static Builder builder() {
    return new Builder();
  }

  private RancherEmulator startServer() {
    server.start();
    return this;
  }

  /**
   * {@code http://127.0.0.1:PORT}, without a path: clients append {@code /v2-beta} or {@code /v1}.
   */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  public int port() {
    return server.port();
  }

  /** The access key of the {@code Default} environment's key ({@value #DEFAULT_PROJECT}). */
  public String accessKey() {
    return key.accessKey();
  }

  /** The secret key of the {@code Default} environment's key. */
  public String secretKey() {
    return key.secretKey();
  }

  public EmulatorControl control() {
    return control;
  }

  /**
   * The websockets (events, logs) open now, one line each: what they follow, when and from where
   * they were opened.
   */
  public List<String> openWebSockets() {
    return sockets.describeOpen();
  }

  /** Whether {@link RancherEmulatorExtension} lets tests leave websockets open (the opt-out). */
  boolean websocketsMayOutliveTests() {
    return websocketsMayOutliveTests;
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      events.close();
      scheduler.close();
      plugins.forEach(EmulatorPlugin::close);
    }
  }

  private static String token(Random random, int length) {
    String alphabet = "0123456789ABCDEF";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /**
   * Options for {@link #start()}; every one has a default (port 0, speed 1, seed 0, 3 hosts, random
   * keys).
   */
  public static final class Builder {
    private int port;
    private double speed = 1.0;
    private long seed;
    private List<String> hostNames = List.of("host1", "host2", "host3");
    private String environmentName = "Default";
    private Optional<String> accessKey = Optional.empty();
    private Optional<String> secretKey = Optional.empty();
    private final List<EmulatorPlugin> plugins = new ArrayList<>();
    private boolean websocketsMayOutliveTests;

    private Builder() {}

    /**
     * Opt-out: {@link RancherEmulatorExtension} then does not fail the tests that leave event or
     * log websockets open when the emulator stops.
     */
    public Builder allowWebSocketsOpenAtStop() {
      this.websocketsMayOutliveTests = true;
      return this;
    }

    /**
     * Installs a plugin when the emulator starts. The logs ({@code LogsPlugin}) and the load
     * balancers ({@code BalancerPlugin}) are installed anyway; pass an instance of either to
     * configure it.
     */
    public Builder plugin(EmulatorPlugin plugin) {
      plugins.add(plugin);
      return this;
    }

    /** 0 = a free port on 127.0.0.1. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 (any free port) to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Factor on every simulated delay: 0 = as fast as possible (tests), 1 = realistic (demo). */
    public Builder speed(double speed) {
      if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
        throw new IllegalArgumentException("speed must be a finite factor >= 0, got " + speed);
      }
      this.speed = speed;
      return this;
    }

    /** Random faults, behaviours and generated keys repeat for the same seed. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How many hosts the Default environment has ({@code host1}, {@code host2}, …). */
    public Builder hosts(int hosts) {
      if (hosts < 0) {
        throw new IllegalArgumentException("hosts must be >= 0, got " + hosts);
      }
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= hosts; i++) {
        names.add("host" + i);
      }
      this.hostNames = List.copyOf(names);
      return this;
    }

    /** The Default environment's hosts by name. */
    public Builder hostNames(List<String> names) {
      this.hostNames = List.copyOf(names);
      return this;
    }

    /** The name of the first environment (project 1a5), {@code Default} unless set. */
    public Builder environmentName(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("an environment name is not blank");
      }
      this.environmentName = name;
      return this;
    }

    /** The Default environment's key pair (generated from the seed when not given). */
    public Builder apiKey(String accessKey, String secretKey) {
      if (accessKey.isBlank() || secretKey.isBlank() || accessKey.contains(":")) {
        throw new IllegalArgumentException(
            "an access key is non-blank without ':' and a secret key non-blank");
      }
      this.accessKey = Optional.of(accessKey);
      this.secretKey = Optional.of(secretKey);
      return this;
    }

    public RancherEmulator start() {
      return new RancherEmulator(this).startServer();
    }
  }
}
