package io.rancherdeploy.core.api;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;
import java.util.Optional;

/**
 * The server answered with an error that the client's retries did not fix (rancher-api.md §2.4).
 * Carries the HTTP status, Rancher's {@code code}, {@code message} and {@code fieldName}, the
 * method and the URL without credentials.
 */
public class RancherApiException extends RancherDeployException {
  private final int status;
  private final String code;
  private final String rancherMessage;
  private final Optional<String> fieldName;
  private final String method;
  private final String url;

  public RancherApiException(
      int status,
      String code,
      String rancherMessage,
      Optional<String> fieldName,
      String method,
      String url) {
    super(ErrorKind.API, describe(status, code, rancherMessage, fieldName, method, url));
    this.status = status;
    this.code = code;
    this.rancherMessage = rancherMessage;
    this.fieldName = fieldName;
    this.method = method;
    this.url = url;
  }

  private static String describe(
      int status,
      String code,
      String message,
      Optional<String> fieldName,
      String method,
      String url) {
    StringBuilder s = new StringBuilder("Rancher answered ").append(status);
    if (!code.isEmpty()) {
      s.append(' ').append(code);
    }
    fieldName.ifPresent(f -> s.append(" on field '").append(f).append('\''));
    if (!message.isEmpty() && !message.equals(code)) {
      s.append(": ").append(message);
    }
    return s.append(" (").append(method).append(' ').append(url).append(')').toString();
  }

  public int status() {
    return status;
  }

  /** Rancher's error code, e.g. {@code NotUnique}, {@code InvalidState}, {@code Conflict}. */
  public String code() {
    return code;
  }

  public String rancherMessage() {
    return rancherMessage;
  }

  public Optional<String> fieldName() {
    return fieldName;
  }

  public String method() {
    return method;
  }

  /** The request URL, without user info or tokens. */
  public String url() {
    return url;
  }

  public boolean isNotFound() {
    return status == 404;
  }
}
