package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Rancher environment (API type {@code project}, ids like {@code 1a5}). */
public final class Environment extends Resource {
  public Environment(ObjectNode json) {
    super(json);
  }

  @Override
  public Environment withJson(ObjectNode json) {
    return new Environment(json);
  }

  /** {@code Default (1a5)}: how error messages list environments. */
  public String label() {
    return name() + " (" + id() + ")";
  }
}
