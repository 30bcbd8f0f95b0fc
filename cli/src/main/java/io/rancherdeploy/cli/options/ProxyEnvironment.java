package io.rancherdeploy.cli.options;

import io.rancherdeploy.cli.InvalidInputException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The HTTP proxy from the environment, read as rancher-compose and the rancher CLI read it (Go's
 * {@code http.ProxyFromEnvironment}): {@code HTTPS_PROXY} for an https server, {@code HTTP_PROXY}
 * for an http one (upper case first, then lower case); a value without a scheme is an http proxy.
 * {@code NO_PROXY} lists the hosts reached directly: {@code *} for all, a domain (itself and its
 * subdomains), {@code .domain} (its subdomains only), an IP address or an IP range in CIDR
 * notation; a {@code :port} on an entry is ignored (the entry matches the host on every port).
 * {@code localhost} and loopback addresses are always reached directly, as in Go.
 */
public record ProxyEnvironment(Optional<URI> proxy, Predicate<String> direct) {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** Reads the variables for a server of this scheme ({@code http} or {@code https}). */
  public static ProxyEnvironment read(String scheme, Function<String, Optional<String>> env) {
    String upper = scheme.equals("https") ? "HTTPS_PROXY" : "HTTP_PROXY";
    String lower = upper.toLowerCase(Locale.ROOT);
    Optional<URI> proxy =
        value(env, upper)
            .map(v -> parse(v, upper))
            .or(() -> value(env, lower).map(v -> parse(v, lower)));
    String noProxy = value(env, "NO_PROXY").or(() -> value(env, "no_proxy")).orElse("");
    return new ProxyEnvironment(proxy, noProxyRule(noProxy));
  }

  private static Optional<String> value(Function<String, Optional<String>> env, String name) {
    return env.apply(name).map(String::trim).filter(v -> !v.isEmpty());
  }

  private static URI parse(String value, String variable) {
    String withScheme = value.contains("://") ? value : "http://" + value;
    try {
      URI uri = new URI(withScheme);
      if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
        throw new URISyntaxException(withScheme, "not http://host:port");
      }
      return uri;
    } catch (URISyntaxException e) {
      // The value may hold a password: only its shape is named.
      throw new InvalidInputException(
          variable
              + " is not an HTTP proxy address: write it as http://proxy.example:3128 (or"
              + " http://user:password@proxy.example:3128, with the password percent-encoded).");
    }
  }

  /** Which hosts {@code NO_PROXY} (a comma-separated list) sends directly, loopback always. */
  static Predicate<String> noProxyRule(String noProxy) {
    List<Predicate<String>> rules = new ArrayList<>();
    rules.add(ProxyEnvironment::isLoopback);
    for (String raw : noProxy.split(",")) {
      String entry = withoutPort(raw.trim().toLowerCase(Locale.ROOT));
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equals("*")) {
        return host -> true;
      }
      rules.add(entry(entry));
    }
    return host -> {
      String h = bare(host.toLowerCase(Locale.ROOT));
      return rules.stream().anyMatch(rule -> rule.test(h));
    };
  }

  private static Predicate<String> entry(String entry) {
    if (entry.contains("/")) {
      return cidr(entry);
    }
    Optional<InetAddress> ip = literal(entry);
    if (ip.isPresent()) {
      return host -> literal(host).equals(ip);
    }
    if (entry.startsWith(".")) {
      return host -> host.endsWith(entry);
    }
    return host -> host.equals(entry) || host.endsWith("." + entry);
  }

  private static Predicate<String> cidr(String entry) {
    String[] parts = entry.split("/", 2);
    Optional<InetAddress> network = literal(parts[0]);
    int bits;
    try {
      bits = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return host -> false;
    }
    if (network.isEmpty() || bits < 0 || bits > network.get().getAddress().length * 8) {
      return host -> false;
    }
    byte[] net = network.get().getAddress();
    int width = net.length * 8;
    BigInteger mask =
        BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE).shiftRight(bits).not();
    BigInteger prefix = new BigInteger(1, net).and(mask);
    return host ->
        literal(host)
            .map(InetAddress::getAddress)
            .filter(a -> a.length == net.length)
            .map(a -> new BigInteger(1, a).and(mask).equals(prefix))
            .orElse(false);
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || literal(host).map(InetAddress::isLoopbackAddress).orElse(false);
  }

  /** The address an IP literal names; never a DNS lookup (only literals reach getByName). */
  private static Optional<InetAddress> literal(String host) {
    boolean ip =
        IPV4.matcher(host).matches() || (host.contains(":") && host.matches("[0-9a-f:.]+"));
    if (!ip) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static String withoutPort(String entry) {
    if (entry.startsWith("[")) {
      int end = entry.indexOf(']');
      return end > 0 ? entry.substring(1, end) : entry;
    }
    int colon = entry.lastIndexOf(':');
    boolean hostAndPort =
        colon > 0 && entry.indexOf(':') == colon && entry.substring(colon + 1).matches("\\d+");
    return hostAndPort ? entry.substring(0, colon) : entry;
  }

  private static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
