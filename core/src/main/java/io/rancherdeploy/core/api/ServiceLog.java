package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** One entry of Rancher's service event log ({@code serviceLog}): scheduler and health events. */
public final class ServiceLog extends Resource {
  public ServiceLog(ObjectNode json) {
    super(json);
  }

  @Override
  public ServiceLog withJson(ObjectNode json) {
    return new ServiceLog(json);
  }

  public Optional<String> serviceId() {
    return text("serviceId");
  }

  public Optional<String> instanceId() {
    return text("instanceId");
  }

  /** {@code info}, {@code error}... */
  public String level() {
    return text("level").orElse("");
  }

  public String eventType() {
    return text("eventType").orElse("");
  }

  public String description() {
    return text("description").orElse("");
  }

  public Optional<String> created() {
    return text("created");
  }
}
