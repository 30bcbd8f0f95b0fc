package io.rancherdeploy.core.api;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a wait waits for: a test on the resource and the words that name it in messages ({@code
 * "service web (1s7) to be active"}).
 */
public record Condition<T extends Resource>(String description, Predicate<? super T> test) {
  public Condition {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(test, "test");
  }

  public static <T extends Resource> Condition<T> of(
      String description, Predicate<? super T> test) {
    return new Condition<>(description, test);
  }

  /** In one of these states and not transitioning. */
  public static <T extends Resource> Condition<T> state(ResourceState... states) {
    String names =
        Arrays.stream(states).map(ResourceState::rancherName).collect(Collectors.joining(" or "));
    return new Condition<>(
        "to be " + names,
        r -> r.transitioning() != Transitioning.YES && Arrays.asList(states).contains(r.state()));
  }

  /**
   * Rancher has finished whatever process was running ({@code transitioning} is no longer {@code
   * yes}).
   */
  public static <T extends Resource> Condition<T> settled() {
    return new Condition<>("to finish transitioning", r -> r.transitioning() != Transitioning.YES);
  }

  /** Removed (or purged), as after a DELETE. */
  public static <T extends Resource> Condition<T> removed() {
    return new Condition<>("to be removed", Resource::isRemoved);
  }

  /** In the state, not transitioning, and with {@code healthState} {@code healthy}. */
  public static <T extends Resource> Condition<T> healthy(ResourceState state) {
    return new Condition<>(
        "to be " + state.rancherName() + " and healthy",
        r ->
            r.state() == state
                && r.transitioning() != Transitioning.YES
                && r.healthState().filter("healthy"::equals).isPresent());
  }

  public boolean test(T resource) {
    return test.test(resource);
  }

  public Condition<T> and(Condition<? super T> other) {
    return new Condition<>(
        description + " and " + other.description(), r -> test(r) && other.test(r));
  }
}
