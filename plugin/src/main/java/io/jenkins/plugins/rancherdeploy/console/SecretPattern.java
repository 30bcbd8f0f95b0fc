package io.jenkins.plugins.rancherdeploy.console;

import io.rancherdeploy.core.secret.Secret;
import io.rancherdeploy.core.secret.SecretMasker;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The values to hide in a console, in a form that can travel to an agent or live in a Pipeline's
 * program state. Masking itself is core's {@link SecretMasker} (each secret with its URL, JSON and
 * base64 forms, and the Basic-auth form of the key pair). It holds the values, so it is never
 * logged; {@link #toString()} shows only how many there are.
 */
public final class SecretPattern implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String MASK = SecretMasker.MASK;

  private final List<String> secrets;
  /** User and password of each Basic-auth pair: the key pair, a proxy's credentials. */
  private final List<List<String>> basicAuth;
  private transient SecretMasker masker;

  private SecretPattern(List<String> secrets, List<List<String>> basicAuth) {
    this.secrets = secrets;
    this.basicAuth = basicAuth;
  }

  /** Masks each non-blank value, and the Basic-auth forms of the key pair when both are given. */
  public static SecretPattern of(Collection<String> secrets, String accessKey, String secretKey) {
    List<String> values = new ArrayList<>();
    secrets.stream().filter(s -> s != null && !s.isBlank()).forEach(values::add);
    return new SecretPattern(List.copyOf(values), List.of())
        .withBasicAuth(accessKey, secretKey);
  }

  /**
   * These values plus a Basic-auth pair: the password and the forms of {@code user:password}; no
   * change unless both are given.
   */
  public SecretPattern withBasicAuth(String user, String password) {
    if (user == null || password == null || password.isEmpty()) {
      return this;
    }
    List<List<String>> pairs = new ArrayList<>(basicAuth);
    pairs.add(List.of(user, password));
    return new SecretPattern(secrets, List.copyOf(pairs));
  }

  public boolean isEmpty() {
    return masker().isEmpty();
  }

  public String mask(String text) {
    return masker().mask(text);
  }

  /** Core's masker for these values (built once per JVM: on the agent after the trip). */
  public SecretMasker masker() {
    if (masker == null) {
      SecretMasker m = SecretMasker.NONE;
      for (String value : secrets) {
        m = m.with(Secret.of(value));
      }
      for (List<String> pair : basicAuth) {
        m = m.withBasicAuth(pair.get(0), Secret.of(pair.get(1)));
      }
      masker = m;
    }
    return masker;
  }

  @Override
  public String toString() {
    return "SecretPattern{" + secrets.size() + " values}";
  }
}
