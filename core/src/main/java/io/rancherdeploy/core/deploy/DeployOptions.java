package io.rancherdeploy.core.deploy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a caller can choose about a deploy, with defaults that are safe for CI: roll back by
 * itself, finish only once healthy, never create a stack unless asked, every wait bounded.
 * Immutable; start from {@link #defaults()} or {@link #builder()}.
 */
public final class DeployOptions {
  private final Strategy strategy;
  private final Set<String> services;
  private final boolean force;
  private final Optional<Integer> batchSize;
  private final Optional<Duration> interval;
  private final Optional<Boolean> startFirst;
  private final boolean finish;
  private final OnFailure onFailure;
  private final LeftoverUpgrade leftoverUpgrade;
  private final Timeouts timeouts;
  private final Duration healthGrace;
  private final int parallelism;
  private final boolean prune;
  private final boolean pull;
  private final boolean createStack;
  private final boolean followLogs;
  private final Optional<VerifyProbe> verify;
  private final Map<String, String> images;

  private DeployOptions(Builder b) {
    this.strategy = b.strategy;
    this.services = Set.copyOf(b.services);
    this.force = b.force;
    this.batchSize = b.batchSize;
    this.interval = b.interval;
    this.startFirst = b.startFirst;
    this.finish = b.finish;
    this.onFailure = b.onFailure;
    this.leftoverUpgrade = b.leftoverUpgrade;
    this.timeouts = b.timeouts;
    this.healthGrace = b.healthGrace;
    this.parallelism = b.parallelism;
    this.prune = b.prune;
    this.pull = b.pull;
    this.createStack = b.createStack;
    this.followLogs = b.followLogs;
    this.verify = b.verify;
    this.images = Map.copyOf(b.images);
  }

  public static DeployOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Strategy strategy() {
    return strategy;
  }

  /** The services to act on; empty means every service in the files. */
  public Set<String> services() {
    return services;
  }

  /** Upgrade the selected services even when their config hash did not change. */
  public boolean force() {
    return force;
  }

  /** Overrides {@code upgrade_strategy.batch_size} of every service. */
  public Optional<Integer> batchSize() {
    return batchSize;
  }

  /** Overrides {@code upgrade_strategy.interval_millis} of every service. */
  public Optional<Duration> interval() {
    return interval;
  }

  /** Overrides {@code upgrade_strategy.start_first} of every service. */
  public Optional<Boolean> startFirst() {
    return startFirst;
  }

  /**
   * Finish upgrades once healthy; {@code false} leaves them in {@code upgraded} for a manual gate.
   */
  public boolean finish() {
    return finish;
  }

  public OnFailure onFailure() {
    return onFailure;
  }

  public LeftoverUpgrade leftoverUpgrade() {
    return leftoverUpgrade;
  }

  public Timeouts timeouts() {
    return timeouts;
  }

  /** How long new containers without a health check must keep running before they count as good. */
  public Duration healthGrace() {
    return healthGrace;
  }

  /** How many independent services are upgraded at once. */
  public int parallelism() {
    return parallelism;
  }

  /** Remove services that are in the stack but no longer in the files. */
  public boolean prune() {
    return prune;
  }

  /** Pull the new images on every host before upgrading. */
  public boolean pull() {
    return pull;
  }

  /** Create the stack when it does not exist (off by default; logged loudly when it happens). */
  public boolean createStack() {
    return createStack;
  }

  /** Stream the containers' logs to the listener while the deploy runs. */
  public boolean followLogs() {
    return followLogs;
  }

  public Optional<VerifyProbe> verify() {
    return verify;
  }

  /** Image overrides by service name, applied after interpolation. */
  public Map<String, String> images() {
    return images;
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.strategy = strategy;
    b.services.addAll(services);
    b.force = force;
    b.batchSize = batchSize;
    b.interval = interval;
    b.startFirst = startFirst;
    b.finish = finish;
    b.onFailure = onFailure;
    b.leftoverUpgrade = leftoverUpgrade;
    b.timeouts = timeouts;
    b.healthGrace = healthGrace;
    b.parallelism = parallelism;
    b.prune = prune;
    b.pull = pull;
    b.createStack = createStack;
    b.followLogs = followLogs;
    b.verify = verify;
    b.images.putAll(images);
    return b;
  }

  public static final class Builder {
    private Strategy strategy = Strategy.ROLLING;
    private final Set<String> services = new LinkedHashSet<>();
    private boolean force;
    private Optional<Integer> batchSize = Optional.empty();
    private Optional<Duration> interval = Optional.empty();
    private Optional<Boolean> startFirst = Optional.empty();
    private boolean finish = true;
    private OnFailure onFailure = OnFailure.ROLLBACK;
    private LeftoverUpgrade leftoverUpgrade = LeftoverUpgrade.FINISH;
    private Timeouts timeouts = Timeouts.DEFAULTS;
    private Duration healthGrace = Duration.ofSeconds(10);
    private int parallelism = 4;
    private boolean prune;
    private boolean pull;
    private boolean createStack;
    private boolean followLogs;
    private Optional<VerifyProbe> verify = Optional.empty();
    private final Map<String, String> images = new LinkedHashMap<>();

    private Builder() {}

    public Builder strategy(Strategy strategy) {
      this.strategy = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    public Builder services(Iterable<String> names) {
      services.clear();
      names.forEach(n -> services.add(Objects.requireNonNull(n, "service name")));
      return this;
    }

    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
      }
      this.batchSize = Optional.of(batchSize);
      return this;
    }

    public Builder interval(Duration interval) {
      if (interval.isNegative()) {
        throw new IllegalArgumentException("interval must not be negative");
      }
      this.interval = Optional.of(interval);
      return this;
    }

    public Builder startFirst(boolean startFirst) {
      this.startFirst = Optional.of(startFirst);
      return this;
    }

    public Builder finish(boolean finish) {
      this.finish = finish;
      return this;
    }

    public Builder onFailure(OnFailure onFailure) {
      this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
      return this;
    }

    public Builder leftoverUpgrade(LeftoverUpgrade policy) {
      this.leftoverUpgrade = Objects.requireNonNull(policy, "leftoverUpgrade");
      return this;
    }

    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    public Builder healthGrace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("healthGrace must not be negative");
      }
      this.healthGrace = grace;
      return this;
    }

    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    public Builder prune(boolean prune) {
      this.prune = prune;
      return this;
    }

    public Builder pull(boolean pull) {
      this.pull = pull;
      return this;
    }

    public Builder createStack(boolean createStack) {
      this.createStack = createStack;
      return this;
    }

    public Builder followLogs(boolean followLogs) {
      this.followLogs = followLogs;
      return this;
    }

    public Builder verify(VerifyProbe probe) {
      this.verify = Optional.of(probe);
      return this;
    }

    public Builder image(String service, String image) {
      images.put(
          Objects.requireNonNull(service, "service"), Objects.requireNonNull(image, "image"));
      return this;
    }

    public DeployOptions build() {
      return new DeployOptions(this);
    }
  }
}
