package io.rancherdeploy.core.secret;

import java.util.Objects;

/**
 * A secret value (a Rancher secret key, a masked variable). Its {@link #toString()} never shows the
 * value, so a record or a log line that holds one cannot leak it by accident; {@link #reveal()} is
 * the one way out, used where the value really goes on the wire.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  public String reveal() {
    return value;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "****";
  }
}
