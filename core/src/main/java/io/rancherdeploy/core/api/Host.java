package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/** A host. */
public final class Host extends Resource {
  public Host(ObjectNode json) {
    super(json);
  }

  @Override
  public Host withJson(ObjectNode json) {
    return new Host(json);
  }

  public Optional<String> hostname() {
    return text("hostname");
  }

  /**
   * The agent's state ({@code active}, {@code disconnected}, {@code reconnecting}...), when
   * reported.
   */
  public Optional<String> agentState() {
    return text("agentState");
  }

  public Map<String, String> labels() {
    return Views.stringMap(json(), "labels");
  }
}
