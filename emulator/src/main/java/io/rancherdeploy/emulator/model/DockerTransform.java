package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code scripts/transform}: a Docker inspect-shaped body ({@code Name}, {@code Config}, {@code
 * HostConfig}) to an instance-shaped launch config, as Cattle maps it (rancher-api.md §4.10).
 * Deterministic: the same input always gives the same bytes (no ids, no times), because clients
 * hash the output. Empty strings and zeros become null; {@code logConfig} is always present.
 */
public final class DockerTransform {

  private static final String[][] STRINGS = {
    {"User", "user"},
    {"WorkingDir", "workingDir"},
    {"Hostname", "hostname"},
    {"Domainname", "domainName"},
    {"StopSignal", "stopSignal"}
  };
  private static final String[][] HOST_STRINGS = {
    {"PidMode", "pidMode"},
    {"IpcMode", "ipcMode"},
    {"UTSMode", "uts"},
    {"CpusetCpus", "cpuSet"},
    {"CgroupParent", "cgroupParent"},
    {"VolumeDriver", "volumeDriver"}
  };
  private static final String[][] HOST_LISTS = {
    {"Dns", "dns"},
    {"DnsSearch", "dnsSearch"},
    {"DnsOptions", "dnsOpt"},
    {"ExtraHosts", "extraHosts"},
    {"CapAdd", "capAdd"},
    {"CapDrop", "capDrop"},
    {"SecurityOpt", "securityOpt"},
    {"GroupAdd", "groupAdd"}
  };
  private static final String[][] HOST_NUMBERS = {
    {"Memory", "memory"},
    {"MemorySwap", "memorySwap"},
    {"CpuShares", "cpuShares"},
    {"MemoryReservation", "memoryReservation"},
    {"ShmSize", "shmSize"},
    {"CpuQuota", "cpuQuota"},
    {"CpuPeriod", "cpuPeriod"},
    {"PidsLimit", "pidsLimit"},
    {"OomScoreAdj", "oomScoreAdj"}
  };
  private static final String[][] HOST_BOOLEANS = {
    {"Privileged", "privileged"},
    {"PublishAllPorts", "publishAllPorts"},
    {"ReadonlyRootfs", "readOnly"}
  };

  private DockerTransform() {}

  public static ObjectNode transform(ObjectNode input) {
    JsonNode config = input.path("Config");
    JsonNode host = input.path("HostConfig");
    if (!config.isObject() && !config.isMissingNode() && !config.isNull()) {
      throw ApiError.invalid("InvalidType", "Config", "Field [Config] must be an object");
    }
    if (!host.isObject() && !host.isMissingNode() && !host.isNull()) {
      throw ApiError.invalid("InvalidType", "HostConfig", "Field [HostConfig] must be an object");
    }
    TreeMap<String, JsonNode> out = new TreeMap<>();
    String name = input.path("Name").asText("").replaceFirst("^/", "");
    String displayName = config.path("Labels").path("io.rancher.container.display_name").asText("");
    putText(out, "name", displayName.isEmpty() ? name : displayName);
    String image = config.path("Image").asText("");
    putText(
        out,
        "imageUuid",
        image.isEmpty() || image.startsWith("docker:") || image.startsWith("sim:")
            ? image
            : "docker:" + image);
    out.put("environment", environment(config.path("Env")));
    out.put("labels", labels(config.path("Labels")));
    out.put("command", array(config.path("Cmd")));
    out.put("entryPoint", array(config.path("Entrypoint")));
    out.put("tty", bool(config.path("Tty")));
    out.put("stdinOpen", bool(config.path("OpenStdin")));
    copyStrings(out, config, STRINGS);
    copyStrings(out, host, HOST_STRINGS);
    for (String[] pair : HOST_LISTS) {
      putNonEmpty(out, pair[1], host.path(pair[0]));
    }
    for (String[] pair : HOST_NUMBERS) {
      long value = host.path(pair[0]).asLong(0);
      out.put(
          pair[1],
          value == 0 ? Store.JSON.nullNode() : Store.JSON.getNodeFactory().numberNode(value));
    }
    for (String[] pair : HOST_BOOLEANS) {
      out.put(pair[1], bool(host.path(pair[0])));
    }
    out.put("ports", ports(config.path("ExposedPorts"), host.path("PortBindings")));
    out.put("dataVolumes", volumes(config.path("Volumes"), host.path("Binds")));
    putNonEmpty(out, "devices", devices(host.path("Devices")));
    String restart = host.path("RestartPolicy").path("Name").asText("");
    if (!restart.isEmpty()) {
      ObjectNode policy = Store.JSON.createObjectNode();
      policy.put("name", restart);
      policy.put(
          "maximumRetryCount", host.path("RestartPolicy").path("MaximumRetryCount").asInt(0));
      out.put("restartPolicy", policy);
    }
    ObjectNode logConfig = Store.JSON.createObjectNode();
    String driver = host.path("LogConfig").path("Type").asText("");
    if (driver.isEmpty()) {
      logConfig.putNull("driver");
    } else {
      logConfig.put("driver", driver);
    }
    logConfig.set(
        "config",
        host.path("LogConfig").path("Config").isObject()
            ? host.path("LogConfig").path("Config").deepCopy()
            : Store.JSON.createObjectNode());
    out.put("logConfig", logConfig);
    String network = host.path("NetworkMode").asText("");
    putText(
        out, "networkMode", network.isEmpty() || network.equals("default") ? "bridge" : network);
    healthCheck(out, config.path("Healthcheck"));
    ObjectNode result = Store.JSON.createObjectNode();
    result.putNull("id");
    result.put("type", "container");
    result.putObject("links");
    result.putObject("actions");
    result.put("kind", "container");
    out.forEach(result::set);
    return result;
  }

  private static ObjectNode environment(JsonNode env) {
    ObjectNode out = Store.JSON.createObjectNode();
    TreeMap<String, String> sorted = new TreeMap<>();
    for (JsonNode entry : env) {
      String text = entry.asText();
      int eq = text.indexOf('=');
      sorted.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
    }
    sorted.forEach(out::put);
    return out;
  }

  private static ObjectNode labels(JsonNode labels) {
    ObjectNode out = Store.JSON.createObjectNode();
    TreeMap<String, String> sorted = new TreeMap<>();
    labels.fields().forEachRemaining(f -> sorted.put(f.getKey(), f.getValue().asText()));
    sorted.forEach(out::put);
    return out;
  }

  private static ArrayNode array(JsonNode values) {
    ArrayNode out = Store.JSON.createArrayNode();
    if (values.isArray()) {
      values.forEach(v -> out.add(v.asText()));
    } else if (values.isTextual() && !values.asText().isEmpty()) {
      out.add(values.asText());
    }
    return out;
  }

  private static JsonNode bool(JsonNode value) {
    return value.asBoolean(false)
        ? Store.JSON.getNodeFactory().booleanNode(true)
        : Store.JSON.nullNode();
  }

  private static void copyStrings(Map<String, JsonNode> out, JsonNode from, String[][] pairs) {
    for (String[] pair : pairs) {
      putText(out, pair[1], from.path(pair[0]).asText(""));
    }
  }

  private static void putText(Map<String, JsonNode> out, String field, String value) {
    out.put(
        field,
        value.isEmpty() ? Store.JSON.nullNode() : Store.JSON.getNodeFactory().textNode(value));
  }

  private static void putNonEmpty(Map<String, JsonNode> out, String field, JsonNode value) {
    out.put(field, value.isArray() && !value.isEmpty() ? array(value) : Store.JSON.nullNode());
  }

  /**
   * Only exposed ports that have a binding entry appear; bare {@code expose:} entries are lost
   * (§4.10, §8.13).
   */
  private static ArrayNode ports(JsonNode exposed, JsonNode bindings) {
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Iterator<String> it = bindings.fieldNames(); it.hasNext(); ) {
      String port = it.next();
      JsonNode entries = bindings.path(port);
      String normalized = port.contains("/") ? port : port + "/tcp";
      if (entries.isArray() && !entries.isEmpty()) {
        for (JsonNode binding : entries) {
          String hostPort = binding.path("HostPort").asText("");
          sorted.put(
              normalized + "#" + hostPort,
              hostPort.isEmpty() ? normalized : hostPort + ":" + normalized);
        }
      } else {
        sorted.put(normalized + "#", normalized);
      }
    }
    ArrayNode out = Store.JSON.createArrayNode();
    sorted.values().forEach(out::add);
    return out;
  }

  private static ArrayNode volumes(JsonNode declared, JsonNode binds) {
    ArrayNode out = Store.JSON.createArrayNode();
    binds.forEach(b -> out.add(b.asText()));
    for (Iterator<String> it = declared.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      boolean bound = false;
      for (JsonNode b : binds) {
        bound |= b.asText().contains(":" + path);
      }
      if (!bound) {
        out.add(path);
      }
    }
    return out;
  }

  private static ArrayNode devices(JsonNode devices) {
    ArrayNode out = Store.JSON.createArrayNode();
    for (JsonNode d : devices) {
      out.add(
          d.path("PathOnHost").asText()
              + ":"
              + d.path("PathInContainer").asText()
              + ":"
              + d.path("CgroupPermissions").asText("rwm"));
    }
    return out;
  }

  private static void healthCheck(Map<String, JsonNode> out, JsonNode health) {
    if (!health.isObject()) {
      return;
    }
    out.put("healthCmd", array(health.path("Test")));
    long interval = health.path("Interval").asLong(0);
    long timeout = health.path("Timeout").asLong(0);
    int retries = health.path("Retries").asInt(0);
    out.put(
        "healthInterval",
        interval == 0
            ? Store.JSON.nullNode()
            : Store.JSON.getNodeFactory().numberNode(interval / 1_000_000_000L));
    out.put(
        "healthTimeout",
        timeout == 0
            ? Store.JSON.nullNode()
            : Store.JSON.getNodeFactory().numberNode(timeout / 1_000_000_000L));
    out.put(
        "healthRetries",
        retries == 0 ? Store.JSON.nullNode() : Store.JSON.getNodeFactory().numberNode(retries));
  }
}
