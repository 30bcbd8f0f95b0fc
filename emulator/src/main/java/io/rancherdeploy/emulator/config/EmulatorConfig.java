package io.rancherdeploy.emulator.config;

import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.logs.LogBehaviour;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import io.rancherdeploy.emulator.model.ApiKey;
import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import io.rancherdeploy.emulator.simulation.RandomFaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standalone emulator's {@code --config} file (YAML): environments with their hosts and keys,
 * account keys that see several environments, images' behaviours, faults. See emulator/README.md.
 */
public record EmulatorConfig(
    Optional<Double> speed,
    Optional<Long> seed,
    List<Environment> environments,
    List<AccountKey> accountKeys,
    Map<String, ImageBehaviour> images,
    Optional<ImageBehaviour> defaultImage,
    Optional<Duration> hostFailoverDelay,
    List<Fault> faults,
    Optional<RandomFaults> randomFaults,
    Map<String, LogBehaviour> logs) {

  /**
   * An environment (Rancher project); the first one is {@code 1a5}. {@code certificates}: the names
   * of the load balancer certificates it holds.
   */
  public record Environment(
      String name, List<String> hosts, List<Key> keys, List<String> certificates) {
    public Environment {
      certificates = List.copyOf(certificates);
    }

    public Environment(String name, List<String> hosts, List<Key> keys) {
      this(name, hosts, keys, List.of());
    }
  }

  /** An environment key pair. */
  public record Key(String accessKey, String secretKey) {
    @Override
    public String toString() {
      return "Key[" + accessKey + "]";
    }
  }

  /** An account key pair and the environments (by name) it sees. */
  public record AccountKey(String accessKey, String secretKey, List<String> environments) {
    @Override
    public String toString() {
      return "AccountKey[" + accessKey + ", " + environments + "]";
    }
  }

  public static EmulatorConfig load(Path file) {
    return ConfigParser.parse(file);
  }

  public static EmulatorConfig empty() {
    return new EmulatorConfig(
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Map.of());
  }

  /**
   * Sets what the builder must know before the start (name, hosts and key of the first
   * environment).
   */
  public RancherEmulator.Builder configure(RancherEmulator.Builder builder) {
    speed.ifPresent(builder::speed);
    seed.ifPresent(builder::seed);
    if (!environments.isEmpty()) {
      Environment first = environments.get(0);
      builder.environmentName(first.name()).hostNames(first.hosts());
      if (!first.keys().isEmpty()) {
        builder.apiKey(first.keys().get(0).accessKey(), first.keys().get(0).secretKey());
      }
    }
    return builder;
  }

  /** Adds the rest to a started emulator: other environments, keys, images, faults. */
  public void apply(RancherEmulator emulator) {
    EmulatorControl control = emulator.control();
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < environments.size(); i++) {
      Environment env = environments.get(i);
      String id = i == 0 ? RancherEmulator.DEFAULT_PROJECT : control.addEnvironment(env.name());
      ids.put(env.name(), id);
      if (i > 0) {
        env.hosts().forEach(h -> control.addHost(id, h));
      }
      env.certificates().forEach(name -> control.addCertificate(id, name));
      env.keys().stream()
          .skip(i == 0 ? 1 : 0)
          .forEach(k -> control.addKey(ApiKey.environment(k.accessKey(), k.secretKey(), id)));
    }
    ids.putIfAbsent("Default", RancherEmulator.DEFAULT_PROJECT);
    for (AccountKey key : accountKeys) {
      List<String> projects =
          key.environments().stream()
              .map(
                  name -> {
                    String id = ids.get(name);
                    if (id == null) {
                      throw new ConfigException(
                          "account key "
                              + key.accessKey()
                              + " names environment '"
                              + name
                              + "', which the config does not declare. Declare it under"
                              + " environments or fix the name");
                    }
                    return id;
                  })
              .toList();
      control.addKey(ApiKey.account(key.accessKey(), key.secretKey(), projects));
    }
    images.forEach(control::image);
    defaultImage.ifPresent(control::defaultImage);
    hostFailoverDelay.ifPresent(control::hostFailoverDelay);
    faults.forEach(control::inject);
    randomFaults.ifPresent(control::randomFaults);
    control.plugin(LogsPlugin.class).ifPresent(plugin -> logs.forEach(plugin::image));
  }
}
