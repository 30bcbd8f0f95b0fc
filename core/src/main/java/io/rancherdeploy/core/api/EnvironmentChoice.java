package io.rancherdeploy.core.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of the environments a key sees a name or id picks: the rule {@link RancherClient#connect}
 * follows, as a value, so that a listing can show it without failing. Never guesses.
 */
public sealed interface EnvironmentChoice {
  /** The one environment meant: by id, by exact name, by name ignoring case, or the only one. */
  record Chosen(Environment environment) implements EnvironmentChoice {}

  /** No name or id was given and the key sees several environments (or none). */
  record NotNamed() implements EnvironmentChoice {}

  /** No environment the key sees has that name or id. */
  record Unknown(String wanted) implements EnvironmentChoice {}

  /** Several environments have that name; only an id tells them apart. */
  record Ambiguous(String wanted, List<Environment> matches) implements EnvironmentChoice {
    public Ambiguous {
      matches = List.copyOf(matches);
    }
  }

  /** The choice among {@code visible} for {@code wanted} (a name or an id; empty: the only one). */
  static EnvironmentChoice of(List<Environment> visible, Optional<String> wanted) {
    if (wanted.isEmpty()) {
      return visible.size() == 1 ? new Chosen(visible.get(0)) : new NotNamed();
    }
    String target = wanted.get();
    Optional<Environment> byId = visible.stream().filter(e -> e.id().equals(target)).findFirst();
    if (byId.isPresent()) {
      return new Chosen(byId.get());
    }
    List<Environment> matches = visible.stream().filter(e -> e.name().equals(target)).toList();
    if (matches.isEmpty()) {
      String lower = target.toLowerCase(Locale.ROOT);
      matches =
          visible.stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(lower)).toList();
    }
    if (matches.size() == 1) {
      return new Chosen(matches.get(0));
    }
    return matches.isEmpty() ? new Unknown(target) : new Ambiguous(target, matches);
  }

  /** The environment chosen, if one is. */
  default Optional<Environment> chosen() {
    return this instanceof Chosen c ? Optional.of(c.environment()) : Optional.empty();
  }
}
