package io.rancherdeploy.emulator.simulation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which requests a wire fault hits: an optional method and what to look for, case-insensitive. A
 * query parameter given as {@code key=value} (e.g. {@code "action=activate"}) must be one of the
 * request's parameters exactly, so {@code action=activate} does not hit {@code
 * action=activateservices}; anything else (e.g. {@code "/stacks"}) is a fragment of the path and
 * query ({@code /v2-beta/stacks?action=activate}). {@link #any()} hits every request.
 */
public record RequestMatch(Optional<String> method, String pathContains) {
  private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=[^/?&=]*");

  public static RequestMatch any() {
    return new RequestMatch(Optional.empty(), "");
  }

  public static RequestMatch path(String pathContains) {
    return new RequestMatch(Optional.empty(), pathContains);
  }

  public static RequestMatch of(String method, String pathContains) {
    return new RequestMatch(Optional.of(method.toUpperCase(Locale.ROOT)), pathContains);
  }

  /**
   * Whether a request hits; {@code pathAndQuery} is the path, then {@code ?} and the query as
   * {@code key=value} pairs joined by {@code &}, as the request came.
   */
  public boolean matches(String requestMethod, String pathAndQuery) {
    if (!method.map(m -> m.equalsIgnoreCase(requestMethod)).orElse(true)) {
      return false;
    }
    String wanted = pathContains.toLowerCase(Locale.ROOT);
    String target = pathAndQuery.toLowerCase(Locale.ROOT);
    if (PARAMETER.matcher(wanted).matches()) {
      int query = target.indexOf('?');
      return query >= 0 && Arrays.asList(target.substring(query + 1).split("&")).contains(wanted);
    }
    return target.contains(wanted);
  }
}
