package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.YamlMap;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import io.rancherdeploy.core.compose.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Port entries in docker-compose's short syntax ({@code 80}, {@code 8080:80}, {@code
 * 127.0.0.1:8080:80/udp}, {@code 8000-8001:80-81}) and long syntax ({@code target}, {@code
 * published}, {@code protocol}, {@code mode}), expanded into one {@link PortMapping} per port as
 * Docker and Rancher's transform do.
 */
final class PortParser {
  static final String SHORT_FORMAT = "[[ip:]host:]container[/tcp|udp], ports or ranges a-b";
  private static final int MAX_RANGE = 1000;
  private static final Pattern RANGE = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
  private static final Pattern HOST_IP =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:]+\\]");
  private static final Set<String> LONG_KEYS =
      Set.of("target", "published", "protocol", "mode", "host_ip");

  private final Values values;

  PortParser(Values values) {
    this.values = values;
  }

  Optional<List<PortMapping>> parse(YamlNode node, String path) {
    if (node instanceof YamlMap map) {
      return parseLong(map, path);
    }
    return values.text(node, path).flatMap(text -> parseShort(text, node, path));
  }

  private Optional<List<PortMapping>> parseShort(String text, YamlNode node, String path) {
    String spec = text.strip();
    String protocol = "tcp";
    int slash = spec.lastIndexOf('/');
    if (slash >= 0) {
      protocol = spec.substring(slash + 1).toLowerCase(Locale.ROOT);
      spec = spec.substring(0, slash);
    }
    int lastColon = spec.lastIndexOf(':');
    String container = spec.substring(lastColon + 1);
    String host = "";
    String ip = "";
    if (lastColon >= 0) {
      String front = spec.substring(0, lastColon);
      int ipColon = front.lastIndexOf(':');
      host = front.substring(ipColon + 1);
      ip = ipColon >= 0 ? front.substring(0, ipColon) : "";
    }
    Optional<int[]> containerRange = range(container);
    Optional<int[]> hostRange = host.isEmpty() ? Optional.of(new int[0]) : range(host);
    if (!protocolOk(protocol)
        || containerRange.isEmpty()
        || hostRange.isEmpty()
        || !(ip.isEmpty() || HOST_IP.matcher(ip).matches())) {
      invalid(node, path, text);
      return Optional.empty();
    }
    return expand(ip, hostRange.get(), containerRange.get(), protocol, node, path, text);
  }

  private Optional<List<PortMapping>> parseLong(YamlMap map, String path) {
    for (YamlMap.Entry entry : map.entries()) {
      if (!LONG_KEYS.contains(entry.name())) {
        values
            .diagnostics()
            .error(
                entry.key().location(),
                path + "." + entry.name(),
                "unknown port key `" + entry.name() + "`",
                "target, published, protocol, mode",
                Suggestions.didYouMean(entry.name(), LONG_KEYS));
        return Optional.empty();
      }
    }
    Optional<YamlNode> target = map.get("target");
    if (target.isEmpty()) {
      values
          .diagnostics()
          .error(
              map.location(),
              path,
              "a long-syntax port needs `target`",
              "target: <container port>",
              "add target: 80");
      return Optional.empty();
    }
    Optional<Long> container = values.integer(target.get(), path + ".target", 1, 65535);
    Optional<String> published =
        map.get("published").flatMap(p -> values.text(p, path + ".published"));
    Optional<String> protocol =
        map.get("protocol").flatMap(p -> values.text(p, path + ".protocol"));
    Optional<String> ip = map.get("host_ip").flatMap(p -> values.text(p, path + ".host_ip"));
    if (container.isEmpty() || (map.get("published").isPresent() && published.isEmpty())) {
      return Optional.empty();
    }
    String proto = protocol.orElse("tcp").toLowerCase(Locale.ROOT);
    Optional<int[]> hostRange =
        published.isEmpty() ? Optional.of(new int[0]) : range(published.get());
    if (!protocolOk(proto) || hostRange.isEmpty()) {
      invalid(map, path, published.orElse("") + ":" + container.get() + "/" + proto);
      return Optional.empty();
    }
    int port = container.get().intValue();
    return expand(ip.orElse(""), hostRange.get(), new int[] {port, port}, proto, map, path, "");
  }

  private Optional<List<PortMapping>> expand(
      String ip,
      int[] host,
      int[] container,
      String protocol,
      YamlNode node,
      String path,
      String text) {
    int count = container[1] - container[0] + 1;
    if (host.length > 0 && host[1] - host[0] + 1 != count) {
      values
          .diagnostics()
          .error(
              node.location(),
              path,
              "the host range and the container range of `" + text + "` differ in length",
              "ranges of the same length, such as 8000-8001:80-81",
              "");
      return Optional.empty();
    }
    if (count > MAX_RANGE) {
      values
          .diagnostics()
          .error(
              node.location(),
              path,
              "the range holds " + count + " ports",
              "at most " + MAX_RANGE + " ports in one entry",
              "");
      return Optional.empty();
    }
    List<PortMapping> ports = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ports.add(new PortMapping(ip, host.length > 0 ? host[0] + i : 0, container[0] + i, protocol));
    }
    return Optional.of(ports);
  }

  /** {@code [start, end]} of "80" or "8000-8010", or empty when invalid. */
  private static Optional<int[]> range(String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(1));
    int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
    if (start < 1 || end > 65535 || end < start) {
      return Optional.empty();
    }
    return Optional.of(new int[] {start, end});
  }

  private static boolean protocolOk(String protocol) {
    return protocol.equals("tcp") || protocol.equals("udp");
  }

  private void invalid(YamlNode node, String path, String text) {
    values
        .diagnostics()
        .error(
            node.location(),
            path,
            "`" + text + "` is not a valid port mapping",
            SHORT_FORMAT + ", ports 1-65535",
            "");
  }

  /** Whether a scalar looks like YAML 1.1 read {@code 8080:80} as a base-60 number. */
  static boolean isSexagesimal(YamlNode node) {
    return node instanceof YamlScalar s
        && s.kind() == YamlScalar.Kind.INT
        && s.value().contains(":");
  }
}
