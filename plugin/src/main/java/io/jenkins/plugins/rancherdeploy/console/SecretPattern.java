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
  private final String accessKey;
  private final String secretKey;
  private transient SecretMasker masker;

  private SecretPattern(List<String> secrets, String accessKey, String secretKey) {
    this.secrets = secrets;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  /** Masks each non-blank value, and the Basic-auth forms of the key pair when both are given. */
  public static SecretPattern of(Collection<String> secrets, String accessKey, String secretKey) {
    List<String> values = new ArrayList<>();
    secrets.stream().filter(s -> s != null && !s.isBlank()).forEach(values::add);
    return new SecretPattern(List.copyOf(values), accessKey, secretKey);
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
      if (accessKey != null && secretKey != null && !secretKey.isEmpty()) {
        m = m.withBasicAuth(accessKey, Secret.of(secretKey));
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
