package io.jenkins.plugins.rancherdeploy.config;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Jenkins' "No Proxy Host" list (Manage Jenkins > System > HTTP Proxy), read as Jenkins reads it in
 * {@code ProxyConfiguration.getNoProxyHostPatterns}: entries separated by spaces, tabs, new lines,
 * commas or {@code |}; in each, {@code .} is a dot and {@code *} any run of characters; an entry
 * must match the whole host name. Host names compare without regard to case, as Jenkins' own HTTP
 * client selector does; an entry that is not a valid pattern is taken literally (Jenkins would fail
 * on it).
 */
public final class NoProxyHosts implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern SEPARATORS = Pattern.compile("[ \t\n,|]+");

  private final List<String> entries;
  private transient List<Pattern> patterns;

  private NoProxyHosts(List<String> entries) {
    this.entries = entries;
  }

  /** The list as typed; null or blank means no host bypasses the proxy. */
  public static NoProxyHosts parse(String typed) {
    if (typed == null) {
      return new NoProxyHosts(List.of());
    }
    return new NoProxyHosts(
        Arrays.stream(SEPARATORS.split(typed.trim())).filter(s -> !s.isEmpty()).toList());
  }

  public List<String> entries() {
    return entries;
  }

  /** Whether connections to this host go directly, not through the proxy. */
  public boolean matches(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    return patterns().stream().anyMatch(p -> p.matcher(name).matches());
  }

  private List<Pattern> patterns() {
    if (patterns == null) {
      patterns = entries.stream().map(NoProxyHosts::compile).toList();
    }
    return patterns;
  }

  private static Pattern compile(String entry) {
    try {
      return Pattern.compile(
          entry.replace(".", "\\.").replace("*", ".*"), Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      return Pattern.compile(Pattern.quote(entry), Pattern.CASE_INSENSITIVE);
    }
  }

  @Override
  public String toString() {
    return String.join(", ", entries);
  }
}
