package io.rancherdeploy.core.secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Replaces every secret in a text by {@code ****}: each secret as written, and the forms it takes
 * on the way out (URL-encoded, JSON-escaped, and the Basic-auth base64 of {@code access:secret}),
 * so that no output path (progress, logs, errors, results) shows one. Immutable and thread-safe;
 * {@link #with} derives a masker with more secrets. Empty secrets are ignored.
 */
public final class SecretMasker {
  public static final String MASK = "****";
  public static final SecretMasker NONE = new SecretMasker(List.of());

  /** The literal texts to hide, longest first so that a longer form is masked before its parts. */
  private final List<String> patterns;

  private SecretMasker(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public static SecretMasker of(Secret... secrets) {
    SecretMasker masker = NONE;
    for (Secret secret : secrets) {
      masker = masker.with(secret);
    }
    return masker;
  }

  /** This masker plus one secret and its encoded forms. */
  public SecretMasker with(Secret secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isEmpty()) {
      return this;
    }
    String value = secret.reveal();
    return withPatterns(
        value,
        URLEncoder.encode(value, StandardCharsets.UTF_8),
        jsonEscaped(value, false),
        jsonEscaped(value, true),
        base64(value));
  }

  /** This masker plus a Basic-auth pair: the password and the base64 of {@code user:password}. */
  public SecretMasker withBasicAuth(String user, Secret password) {
    Objects.requireNonNull(user, "user");
    if (password.isEmpty()) {
      return this;
    }
    String pair = user + ":" + password.reveal();
    return with(password)
        .withPatterns(
            base64(pair),
            Base64.getUrlEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** This masker plus every secret of another one. */
  public SecretMasker with(SecretMasker other) {
    return withPatterns(other.patterns.toArray(String[]::new));
  }

  private SecretMasker withPatterns(String... forms) {
    Set<String> all = new LinkedHashSet<>(patterns);
    for (String form : forms) {
      if (!form.isEmpty()) {
        all.add(form);
      }
    }
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new SecretMasker(sorted);
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** The text with every secret form replaced by {@value #MASK}. */
  public String mask(String text) {
    if (text == null || patterns.isEmpty()) {
      return text;
    }
    String out = text;
    for (String pattern : patterns) {
      if (out.contains(pattern)) {
        out = out.replace(pattern, MASK);
      }
    }
    return out;
  }

  /** A consumer that masks each text before handing it on. */
  public Consumer<String> masking(Consumer<String> target) {
    Objects.requireNonNull(target, "target");
    return text -> target.accept(mask(text));
  }

  /** A log line with its text masked (the service and container names are not secret). */
  public io.rancherdeploy.core.logs.LogLine mask(io.rancherdeploy.core.logs.LogLine line) {
    String masked = mask(line.text());
    return masked.equals(line.text())
        ? line
        : new io.rancherdeploy.core.logs.LogLine(
            line.service(), line.container(), line.stream(), line.timestamp(), masked);
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  /** As Jackson writes it, or as Cattle does (which also escapes every {@code /}). */
  private static String jsonEscaped(String value, boolean escapeSlash) {
    StringBuilder s = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '/' -> s.append(escapeSlash ? "\\/" : "/");
        case '\n' -> s.append("\\n");
        case '\t' -> s.append("\\t");
        case '\r' -> s.append("\\r");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** Never the secrets. */
  @Override
  public String toString() {
    return "SecretMasker{" + patterns.size() + " forms}";
  }
}
