package io.rancherdeploy.core.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.RancherApiException;
import io.rancherdeploy.core.api.RancherAuthenticationException;
import io.rancherdeploy.core.api.RancherUnavailableException;
import io.rancherdeploy.core.secret.SecretMasker;
import java.util.Optional;

/** Turns a non-2xx answer into the exception a user can act on. */
public final class ErrorMapper {
  private final String accessKey;
  private final SecretMasker masker;

  public ErrorMapper(String accessKey, SecretMasker masker) {
    this.accessKey = accessKey;
    this.masker = masker;
  }

  public RancherDeployException map(Transport.Answer answer) {
    int status = answer.status();
    if (status == 401) {
      return new RancherAuthenticationException(
          "Rancher refused the API key '"
              + accessKey
              + "' (401) at "
              + answer.method()
              + " "
              + answer.url()
              + ": check the access key and the secret key, and that the "
              + "key is still active.");
    }
    if (status == 403) {
      return new RancherAuthenticationException(
          "The API key '"
              + accessKey
              + "' may not "
              + answer.method()
              + " "
              + answer.url()
              + " (403 Forbidden"
              + rancherMessage(answer.body()).map(m -> ": " + m).orElse("")
              + "). An environment key sees only its environment; an account key needs to be a"
              + " member of the environment.");
    }
    if (status == 407) {
      return new RancherAuthenticationException(
          "The HTTP proxy refused "
              + answer.method()
              + " "
              + answer.url()
              + " (407 Proxy Authentication Required): check the proxy's user name and password,"
              + " or give them if the proxy needs them.");
    }
    if (status >= 502 && status <= 504 && !isRancherError(answer.body())) {
      return new RancherUnavailableException(
          "Rancher is unavailable: "
              + answer.method()
              + " "
              + answer.url()
              + " answered "
              + status
              + " on every attempt (a proxy or load balancer in front of a server that "
              + "is down?)",
          null);
    }
    JsonNode body = answer.body();
    String code = Json.text(body, "code").orElse(reason(status));
    String message =
        masker.mask(
            Json.text(body, "message").orElse(isRancherError(body) ? code : snippet(answer)));
    Optional<String> detail = Json.text(body, "detail").filter(d -> !d.isBlank()).map(masker::mask);
    if (detail.isPresent() && !message.contains(detail.get())) {
      message = message + " (" + detail.get() + ")";
    }
    return new RancherApiException(
        status, code, message, Json.text(body, "fieldName"), answer.method(), answer.url());
  }

  private static Optional<String> rancherMessage(JsonNode body) {
    return Json.text(body, "message").filter(m -> !m.isBlank());
  }

  private static boolean isRancherError(JsonNode body) {
    return body.isObject() && "error".equals(body.path("type").asText());
  }

  /** The start of a body that is not a Rancher error, e.g. a proxy's HTML page, on one line. */
  private String snippet(Transport.Answer answer) {
    String text = answer.rawBody().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
    if (text.isEmpty()) {
      return reason(answer.status());
    }
    return masker.mask(text.length() > 160 ? text.substring(0, 160) + "..." : text);
  }

  static String reason(int status) {
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
      default -> "HTTP " + status;
    };
  }
}
