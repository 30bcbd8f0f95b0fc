package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Store;
import java.util.Map;
import java.util.UUID;

/** Renders JSON answers and the Rancher error body (rancher-api.md §2.4). */
public final class Responses {

  private Responses() {}

  public static ApiResponse json(int status, JsonNode body) {
    try {
      return new ApiResponse(
          status,
          Map.of("Content-Type", "application/json; charset=utf-8"),
          Store.JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
    }
  }

  public static ApiResponse ok(JsonNode body) {
    return json(200, body);
  }

  public static ApiResponse error(ApiError error) {
    ObjectNode body = Store.JSON.createObjectNode();
    body.put("id", UUID.randomUUID().toString());
    body.put("type", "error");
    body.putObject("links");
    body.putObject("actions");
    body.put("baseType", "error");
    body.put("status", error.status());
    body.put("code", error.code());
    body.put("message", error.getMessage());
    body.putNull("detail");
    error.fieldName().ifPresent(f -> body.put("fieldName", f));
    return json(error.status(), body);
  }

  public static ApiResponse error(int status) {
    return error(new ApiError(status, reason(status), reason(status), null));
  }

  public static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      case 422 -> "Unprocessable Entity";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Error";
    };
  }
}
