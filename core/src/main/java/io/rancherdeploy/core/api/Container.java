package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A container (API type {@code container}, base type {@code instance}). */
public final class Container extends Resource {
  /** The label Rancher puts on a service's containers: {@code <stack>/<service>[/<sidekick>]}. */
  public static final String STACK_SERVICE_LABEL = "io.rancher.stack_service.name";

  public Container(ObjectNode json) {
    super(json);
  }

  @Override
  public Container withJson(ObjectNode json) {
    return new Container(json);
  }

  public Optional<String> hostId() {
    return text("hostId");
  }

  public Optional<String> imageUuid() {
    return text("imageUuid");
  }

  public Map<String, String> labels() {
    return Views.stringMap(json(), "labels");
  }

  public List<String> serviceIds() {
    return Views.strings(raw("serviceIds"));
  }

  public Optional<String> stackId() {
    return text("stackId");
  }

  /** The Docker container id. */
  public Optional<String> externalId() {
    return text("externalId");
  }

  public Optional<String> primaryIpAddress() {
    return text("primaryIpAddress");
  }

  /** The launch config version ({@code "0"} at create, a uuid after each upgrade). */
  public Optional<String> version() {
    return text("version");
  }

  public Optional<Long> startCount() {
    return number("startCount");
  }

  public Optional<Long> exitCode() {
    return number("exitCode");
  }

  public Optional<Long> createIndex() {
    return number("createIndex");
  }

  /**
   * The service name from the {@code io.rancher.stack_service.name} label (the part after the
   * stack).
   */
  public Optional<String> serviceName() {
    String value = labels().get(STACK_SERVICE_LABEL);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    int slash = value.indexOf('/');
    return Optional.of(slash < 0 ? value : value.substring(slash + 1));
  }
}
