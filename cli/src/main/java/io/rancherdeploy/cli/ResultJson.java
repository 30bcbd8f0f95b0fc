package io.rancherdeploy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.ServiceResult;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON shape of {@code --output json}: a {@link DeployResult} with lower-case enum names,
 * durations in milliseconds and absent values as {@code null}, so that a CI script can read it with
 * jq.
 */
final class ResultJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultJson() {}

  static ObjectNode of(DeployResult result, int exitCode) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("stack", result.stack());
    json.put("outcome", lower(result.outcome()));
    json.put("succeeded", result.succeeded());
    json.put("exitCode", exitCode);
    json.put("elapsedMillis", result.elapsed().toMillis());
    ArrayNode services = json.putArray("services");
    result.services().forEach(s -> services.add(of(s)));
    json.set("failure", result.failure().map(ResultJson::of).orElse(null));
    return json;
  }

  private static ObjectNode of(ServiceResult service) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("service", service.service());
    json.put("action", lower(service.action()));
    put(json, "oldImage", service.oldImage());
    put(json, "newImage", service.newImage());
    json.put("finalState", service.finalState());
    json.put("runningInstances", service.runningInstances());
    json.put("desiredInstances", service.desiredInstances());
    json.put("elapsedMillis", service.elapsed().toMillis());
    return json;
  }

  private static ObjectNode of(DeployFailure failure) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("phase", lower(failure.phase()));
    put(json, "service", failure.service());
    put(json, "rancherState", failure.rancherState());
    put(json, "transitioningMessage", failure.transitioningMessage());
    json.put("message", failure.message());
    json.put("description", failure.describe());
    ArrayNode events = json.putArray("recentEvents");
    failure.recentEvents().forEach(events::add);
    ArrayNode lines = json.putArray("lastLogLines");
    failure.lastLogLines().forEach(lines::add);
    return json;
  }

  /** An error that ended the command before any result: {@code {"error": {...}}}. */
  static ObjectNode error(String kind, int exitCode, String message) {
    ObjectNode json = MAPPER.createObjectNode();
    ObjectNode error = json.putObject("error");
    error.put("kind", kind.toLowerCase(Locale.ROOT));
    error.put("exitCode", exitCode);
    error.put("message", message);
    return json;
  }

  static String write(ObjectNode json) {
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode json, String field, Optional<String> value) {
    if (value.isPresent()) {
      json.put(field, value.get());
    } else {
      json.putNull(field);
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
