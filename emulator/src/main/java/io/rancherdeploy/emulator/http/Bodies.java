package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Store;

/**
 * Request bodies as Cattle reads them: JSON whatever the Content-Type; an empty body or {@code
 * null} is an empty object; anything else that is not a JSON object is 400 {@code
 * InvalidBodyContent}.
 */
final class Bodies {

  private Bodies() {}

  static ObjectNode object(ApiRequest request) {
    String body = request.body().trim();
    if (body.isEmpty() || body.equals("null")) {
      return Store.JSON.createObjectNode();
    }
    JsonNode parsed;
    try {
      parsed = Store.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.badBody(
          "The request body is not valid JSON: "
              + e.getOriginalMessage()
              + " (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    }
    if (parsed == null || parsed.isNull() || parsed.isMissingNode()) {
      return Store.JSON.createObjectNode();
    }
    if (!parsed.isObject()) {
      throw ApiError.badBody(
          "The request body must be a JSON object, got "
              + parsed.getNodeType().name().toLowerCase());
    }
    ObjectNode object = (ObjectNode) parsed;
    object.remove("links");
    object.remove("actions");
    return object;
  }
}
