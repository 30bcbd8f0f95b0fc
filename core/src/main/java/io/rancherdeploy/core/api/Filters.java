package io.rancherdeploy.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Query filters of a collection list ({@code ?name=web&stackId=1st5&state_ne=removing};
 * rancher-api.md §2.2). Repeated keys are AND-ed by Rancher. Rancher silently ignores filters on
 * fields its schema does not list, so the client re-checks names itself where it matters ({@link
 * RancherClient#findByName}).
 */
public final class Filters {
  private static final Filters NONE = new Filters(List.of());

  private final List<Map.Entry<String, String>> pairs;

  private Filters(List<Map.Entry<String, String>> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  public static Filters none() {
    return NONE;
  }

  /** {@code field=value} (modifier {@code eq}). */
  public static Filters where(String field, String value) {
    return NONE.and(field, value);
  }

  public Filters and(String field, String value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    List<Map.Entry<String, String>> next = new ArrayList<>(pairs);
    next.add(Map.entry(field, value));
    return new Filters(next);
  }

  /** {@code field_modifier=value}, e.g. {@code modifier("state", "ne", "removing")}. */
  public Filters and(String field, String modifier, String value) {
    return and(field + "_" + modifier, value);
  }

  /** Hides removed resources, as rancher-compose does ({@code removed_null=1}). */
  public Filters notRemoved() {
    return and("removed_null", "1");
  }

  public List<Map.Entry<String, String>> pairs() {
    return pairs;
  }

  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Filters that && that.pairs.equals(pairs);
  }

  @Override
  public int hashCode() {
    return pairs.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> pair : pairs) {
      s.append(s.length() == 0 ? "" : "&")
          .append(pair.getKey())
          .append('=')
          .append(pair.getValue());
    }
    return s.toString();
  }
}
