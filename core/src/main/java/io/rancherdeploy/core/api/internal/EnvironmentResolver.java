package io.rancherdeploy.core.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.Environment;
import io.rancherdeploy.core.api.EnvironmentChoice;
import io.rancherdeploy.core.api.RancherAuthenticationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * Finds the environment (project) a key should work in, by id or name, among those the key can see.
 * Never guesses: an unknown or ambiguous name, or several environments and none named, is an error
 * that lists what the key sees.
 */
public final class EnvironmentResolver {
  private final Transport transport;
  private final String accessKey;

  public EnvironmentResolver(Transport transport, String accessKey) {
    this.transport = transport;
    this.accessKey = accessKey;
  }

  /**
   * The environments the key sees: the {@code projects} collection, or, when the key may not list
   * it (an environment key on some servers), the key's own account from {@code X-Api-Account-Id}.
   */
  public List<Environment> visible(Discovery.Found root) {
    Optional<HttpUrl> projects = root.collection("project", "projects");
    if (projects.isPresent()) {
      HttpUrl url =
          projects
              .get()
              .newBuilder()
              .addQueryParameter("removed_null", "1")
              .addQueryParameter("limit", "1000")
              .build();
      Transport.Answer answer = transport.send("GET", url, null, Transport.Replay.SAFE);
      if (answer.isSuccessful() && answer.body().path("data").size() > 0) {
        List<Environment> found = new ArrayList<>();
        for (JsonNode item : answer.body().path("data")) {
          if (item instanceof ObjectNode project) {
            found.add(new Environment(project));
          }
        }
        return List.copyOf(found);
      }
    }
    return root.accountId()
        .map(
            id -> {
              ObjectNode json = Json.object().put("id", id).put("type", "project").put("name", id);
              return List.of(new Environment(json));
            })
        .orElse(List.of());
  }

  /**
   * The one environment meant by {@code wanted} (a name or an id; empty = the only one there is).
   */
  public Environment choose(List<Environment> visible, Optional<String> wanted) {
    if (visible.isEmpty()) {
      throw new RancherAuthenticationException(
          "The API key '"
              + accessKey
              + "' sees no environment. Use an "
              + "environment API key, or an account key that is a member of the environment.");
    }
    EnvironmentChoice choice = EnvironmentChoice.of(visible, wanted);
    if (choice instanceof EnvironmentChoice.Chosen chosen) {
      return chosen.environment();
    }
    if (choice instanceof EnvironmentChoice.Ambiguous ambiguous) {
      throw new RancherAuthenticationException(
          "The environment name '"
              + ambiguous.wanted()
              + "' is ambiguous: "
              + list(ambiguous.matches())
              + " all match. Give the environment's id instead.");
    }
    if (choice instanceof EnvironmentChoice.Unknown unknown) {
      throw new RancherAuthenticationException(
          "The API key '"
              + accessKey
              + "' sees no environment named or "
              + "with id '"
              + unknown.wanted()
              + "'. It sees: "
              + list(visible)
              + ".");
    }
    throw new RancherAuthenticationException(
        "The API key '"
            + accessKey
            + "' sees "
            + visible.size()
            + " environments ("
            + list(visible)
            + "); say which one to use by name or id.");
  }

  private static String list(List<Environment> environments) {
    return environments.stream().map(Environment::label).collect(Collectors.joining(", "));
  }
}
