package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A stack (v2-beta {@code stack}; v1 calls it {@code environment}). */
public final class Stack extends Resource {
  public Stack(ObjectNode json) {
    super(json);
  }

  @Override
  public Stack withJson(ObjectNode json) {
    return new Stack(json);
  }

  public List<String> serviceIds() {
    return Views.strings(raw("serviceIds"));
  }

  public String description() {
    return text("description").orElse("");
  }
}
