package io.jenkins.plugins.rancherdeploy.console;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values to hide in a console: each secret as written, and the Basic-auth form of the key pair, longest
 * first so that a secret containing another is masked whole. Serializable so it can travel to an agent or
 * live in a Pipeline's program state; it holds the values, so it is never logged or put in a toString.
 */
public final class SecretPattern implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String MASK = "****";

  private final List<String> values;
  private transient Pattern pattern;

  private SecretPattern(List<String> values) {
    this.values = values;
  }

  /** Masks each non-blank value, and {@code base64(accessKey:secretKey)} when both are given. */
  public static SecretPattern of(Collection<String> secrets, String accessKey, String secretKey) {
    Set<String> all = new LinkedHashSet<>();
    secrets.stream().filter(s -> s != null && !s.isBlank()).forEach(all::add);
    if (accessKey != null && secretKey != null && !secretKey.isEmpty()) {
      all.add(Base64.getEncoder().encodeToString(
          (accessKey + ":" + secretKey).getBytes(StandardCharsets.UTF_8)));
    }
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new SecretPattern(List.copyOf(sorted));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public String mask(String text) {
    if (values.isEmpty() || text.isEmpty()) {
      return text;
    }
    return pattern().matcher(text).replaceAll(MASK);
  }

  private Pattern pattern() {
    if (pattern == null) {
      pattern = Pattern.compile(values.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }
    return pattern;
  }

  @Override
  public String toString() {
    return "SecretPattern{" + values.size() + " values}";
  }
}
