package io.rancherdeploy.emulator.model;

import java.util.Optional;

/**
 * A Rancher API error (rancher-api.md §2.4), thrown by the model and the simulation and rendered
 * once by the HTTP layer as {@code {"type":"error","status":…,"code":…,"message":…,"fieldName":…}}.
 */
public final class ApiError extends RuntimeException {

  private final int status;
  private final String code;
  private final String fieldName;

  public ApiError(int status, String code, String message, String fieldName) {
    super(message);
    this.status = status;
    this.code = code;
    this.fieldName = fieldName;
  }

  public static ApiError notFound(String what) {
    return new ApiError(404, "Not Found", what, null);
  }

  public static ApiError badBody(String message) {
    return new ApiError(400, "InvalidBodyContent", message, null);
  }

  public static ApiError invalid(String code, String field, String message) {
    return new ApiError(422, code, message, field);
  }

  public static ApiError missing(String field) {
    return new ApiError(422, "MissingRequired", "Field [" + field + "] is required", field);
  }

  public static ApiError notUnique(String field, String message) {
    return new ApiError(422, "NotUnique", message, field);
  }

  public static ApiError actionNotAvailable(String action, String id, String state) {
    return new ApiError(
        422,
        "ActionNotAvailable",
        "Action [" + action + "] is not available on [" + id + "] in state [" + state + "]",
        null);
  }

  public static ApiError invalidAction(String action, String type) {
    return new ApiError(
        422, "InvalidAction", "Invalid action [" + action + "] for type [" + type + "]", null);
  }

  public static ApiError conflict(String message) {
    return new ApiError(409, "Conflict", message, null);
  }

  public static ApiError methodNotAllowed(String message) {
    return new ApiError(405, "Method not allowed", message, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Optional<String> fieldName() {
    return Optional.ofNullable(fieldName);
  }
}
