package io.rancherdeploy.emulator.config;

import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.ImageBehaviour;
import io.rancherdeploy.emulator.simulation.RandomFaults;
import io.rancherdeploy.emulator.simulation.RequestMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an {@link EmulatorConfig} from YAML, rejecting unknown keys and wrong types with the field
 * path.
 */
final class ConfigParser {

  private static final Set<String> TOP =
      Set.of(
          "speed",
          "seed",
          "environments",
          "accountKeys",
          "images",
          "defaultImage",
          "hostFailoverDelay",
          "faults",
          "randomFaults",
          "logs");
  private static final Set<String> IMAGE =
      Set.of(
          "pullDelay",
          "startDelay",
          "healthy",
          "healthyAfter",
          "crashAtStart",
          "exitCode",
          "runFor");

  private ConfigParser() {}

  static EmulatorConfig parse(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(
          file + ": cannot be read (" + e.getMessage() + "). Check the path given to --config");
    }
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (MarkedYAMLException e) {
      throw new ConfigException(
          file
              + ": line "
              + (e.getProblemMark().getLine() + 1)
              + ", column "
              + (e.getProblemMark().getColumn() + 1)
              + ": "
              + e.getProblem()
              + ". Fix the YAML syntax there");
    }
    YamlFields y = new YamlFields(file.toString());
    Map<String, Object> top = y.map(root, "(top)");
    y.onlyKeys(top, "(top)", TOP);
    Optional<Double> speed = y.number(top, "speed", "(top)");
    if (speed.isPresent() && speed.get() < 0) {
      throw y.error("speed", "must be >= 0", "Use 0 for as fast as possible, 1 for realistic");
    }
    Optional<Long> seed = y.integer(top, "seed", "(top)").map(Integer::longValue);
    Map<String, ImageBehaviour> images = new LinkedHashMap<>();
    y.map(top.get("images"), "images")
        .forEach(
            (image, spec) ->
                images.put(image, image(y, y.map(spec, "images." + image), "images." + image)));
    Optional<ImageBehaviour> defaultImage =
        top.containsKey("defaultImage")
            ? Optional.of(image(y, y.map(top.get("defaultImage"), "defaultImage"), "defaultImage"))
            : Optional.empty();
    return new EmulatorConfig(
        speed,
        seed,
        environments(y, top),
        accountKeys(y, top),
        images,
        defaultImage,
        y.duration(top, "hostFailoverDelay", "(top)"),
        faults(y, top),
        randomFaults(y, top),
        LogsConfig.parse(y, top.get("logs")));
  }

  private static List<EmulatorConfig.Environment> environments(
      YamlFields y, Map<String, Object> top) {
    List<EmulatorConfig.Environment> environments = new ArrayList<>();
    List<Object> list = y.list(top.get("environments"), "environments");
    for (int i = 0; i < list.size(); i++) {
      String path = "environments[" + i + "]";
      Map<String, Object> env = y.map(list.get(i), path);
      y.onlyKeys(env, path, Set.of("name", "hosts", "keys", "certificates"));
      String name = y.requiredString(env, "name", path);
      List<String> hosts = new ArrayList<>();
      Object hostsValue = env.get("hosts");
      if (hostsValue instanceof Integer n) {
        for (int h = 1; h <= n; h++) {
          hosts.add((i == 0 ? "host" : name.toLowerCase() + "-host") + h);
        }
      } else {
        y.list(hostsValue, path + ".hosts").forEach(h -> hosts.add(String.valueOf(h)));
        if (hostsValue == null) {
          for (int h = 1; h <= 3; h++) {
            hosts.add((i == 0 ? "host" : name.toLowerCase() + "-host") + h);
          }
        }
      }
      List<EmulatorConfig.Key> keys = new ArrayList<>();
      List<Object> keyList = y.list(env.get("keys"), path + ".keys");
      for (int k = 0; k < keyList.size(); k++) {
        String keyPath = path + ".keys[" + k + "]";
        Map<String, Object> key = y.map(keyList.get(k), keyPath);
        y.onlyKeys(key, keyPath, Set.of("accessKey", "secretKey"));
        keys.add(
            new EmulatorConfig.Key(
                y.requiredString(key, "accessKey", keyPath),
                y.requiredString(key, "secretKey", keyPath)));
      }
      List<String> certificates =
          y.list(env.get("certificates"), path + ".certificates").stream()
              .map(
                  c -> {
                    if (!(c instanceof String text) || text.isBlank()) {
                      throw y.error(
                          path + ".certificates",
                          "holds " + c + ", not a certificate name",
                          "List the names, as '- www.example.com'");
                    }
                    return text;
                  })
              .toList();
      environments.add(new EmulatorConfig.Environment(name, hosts, keys, certificates));
    }
    return environments;
  }

  private static List<EmulatorConfig.AccountKey> accountKeys(
      YamlFields y, Map<String, Object> top) {
    List<EmulatorConfig.AccountKey> keys = new ArrayList<>();
    List<Object> list = y.list(top.get("accountKeys"), "accountKeys");
    for (int i = 0; i < list.size(); i++) {
      String path = "accountKeys[" + i + "]";
      Map<String, Object> key = y.map(list.get(i), path);
      y.onlyKeys(key, path, Set.of("accessKey", "secretKey", "environments"));
      List<String> envs =
          y.list(key.get("environments"), path + ".environments").stream()
              .map(String::valueOf)
              .toList();
      if (envs.isEmpty()) {
        throw y.error(
            path + ".environments", "is empty", "List the environment names this key sees");
      }
      keys.add(
          new EmulatorConfig.AccountKey(
              y.requiredString(key, "accessKey", path),
              y.requiredString(key, "secretKey", path),
              envs));
    }
    return keys;
  }

  private static ImageBehaviour image(YamlFields y, Map<String, Object> spec, String path) {
    y.onlyKeys(spec, path, IMAGE);
    ImageBehaviour b = ImageBehaviour.defaults();
    b = b.withPullDelay(y.duration(spec, "pullDelay", path).orElse(b.pullDelay()));
    b = b.withStartDelay(y.duration(spec, "startDelay", path).orElse(b.startDelay()));
    b = b.withHealthyAfter(y.duration(spec, "healthyAfter", path).orElse(b.healthyAfter()));
    if (!y.bool(spec, "healthy", path).orElse(true)) {
      b = b.neverHealthy();
    }
    if (y.bool(spec, "crashAtStart", path).orElse(false)) {
      b = b.crashingAtStart();
    }
    return b.exitingWith(
        y.integer(spec, "exitCode", path).orElse(0),
        y.duration(spec, "runFor", path).orElse(b.runFor()));
  }

  private static List<Fault> faults(YamlFields y, Map<String, Object> top) {
    List<Fault> faults = new ArrayList<>();
    List<Object> list = y.list(top.get("faults"), "faults");
    for (int i = 0; i < list.size(); i++) {
      String path = "faults[" + i + "]";
      Map<String, Object> f = y.map(list.get(i), path);
      y.onlyKeys(
          f,
          path,
          Set.of("type", "method", "path", "times", "delay", "status", "service", "message"));
      String type = y.requiredString(f, "type", path);
      RequestMatch match =
          y.string(f, "method", path)
              .map(m -> RequestMatch.of(m, y.string(f, "path", path).orElse("")))
              .orElseGet(() -> RequestMatch.path(y.string(f, "path", path).orElse("")));
      int times = y.integer(f, "times", path).orElse(-1);
      faults.add(
          switch (type) {
            case "latency" ->
                new Fault.Latency(
                    match,
                    y.duration(f, "delay", path)
                        .orElseThrow(
                            () -> y.error(path + ".delay", "is missing", "Add 'delay: 500ms'")),
                    times);
            case "error" -> {
              int status = y.integer(f, "status", path).orElse(503);
              if (status < 400 || status > 599) {
                throw y.error(
                    path + ".status",
                    status + " is not an error status",
                    "Use 409 or a 5xx such as 503");
              }
              yield new Fault.ErrorStatus(match, status, times);
            }
            case "drop" -> new Fault.DropConnection(match, times);
            case "transitioningError" ->
                new Fault.TransitioningError(
                    y.requiredString(f, "service", path),
                    y.string(f, "message", path).orElse("Injected failure"));
            case "stuckUpgrade" -> new Fault.StuckUpgrade(y.requiredString(f, "service", path));
            default ->
                throw y.error(
                    path + ".type",
                    "unknown fault type '" + type + "'",
                    "Use latency, error, drop, transitioningError or stuckUpgrade");
          });
    }
    return faults;
  }

  private static Optional<RandomFaults> randomFaults(YamlFields y, Map<String, Object> top) {
    if (!top.containsKey("randomFaults")) {
      return Optional.empty();
    }
    String path = "randomFaults";
    Map<String, Object> r = y.map(top.get(path), path);
    y.onlyKeys(
        r,
        path,
        Set.of(
            "latency",
            "latencyDelay",
            "serverError",
            "conflict",
            "dropConnection",
            "dropWebsocket"));
    try {
      return Optional.of(
          new RandomFaults(
              y.number(r, "latency", path).orElse(0.0),
              y.duration(r, "latencyDelay", path).orElse(Duration.ofMillis(200)),
              y.number(r, "serverError", path).orElse(0.0),
              y.number(r, "conflict", path).orElse(0.0),
              y.number(r, "dropConnection", path).orElse(0.0),
              y.number(r, "dropWebsocket", path).orElse(0.0)));
    } catch (IllegalArgumentException e) {
      throw y.error(path, e.getMessage(), "Give each probability between 0 and 1");
    }
  }
}
