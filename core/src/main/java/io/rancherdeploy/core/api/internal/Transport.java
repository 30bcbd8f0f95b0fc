package io.rancherdeploy.core.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.rancherdeploy.core.api.RancherInterruptedException;
import io.rancherdeploy.core.api.RancherUnavailableException;
import io.rancherdeploy.core.api.RequestListener;
import io.rancherdeploy.core.api.RetryPolicy;
import io.rancherdeploy.core.secret.SecretMasker;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one logical request with retries, backoff and failover between server URLs; see {@link
 * RetryPolicy} for what is repeated. Returns every HTTP answer (the caller maps errors with {@link
 * ErrorMapper}); throws {@link RancherUnavailableException} when no answer came.
 */
public final class Transport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** Whether a request may be sent again after it may have reached the server. */
  public enum Replay {
    SAFE,
    UNSENT_ONLY
  }

  /** An HTTP answer with its body parsed as JSON (a {@link NullNode} when empty or not JSON). */
  public record Answer(
      int status, JsonNode body, String rawBody, Headers headers, String method, String url) {
    public boolean isSuccessful() {
      return status >= 200 && status < 300;
    }
  }

  private final OkHttpClient http;
  private final Servers servers;
  private final RetryPolicy policy;
  private final RequestListener listener;
  private final SecretMasker masker;

  public Transport(
      OkHttpClient http,
      Servers servers,
      RetryPolicy policy,
      RequestListener listener,
      SecretMasker masker) {
    this.http = http;
    this.servers = servers;
    this.policy = policy;
    this.listener = listener;
    this.masker = masker;
  }

  public OkHttpClient http() {
    return http;
  }

  public Servers servers() {
    return servers;
  }

  public SecretMasker masker() {
    return masker;
  }

  public Answer send(String method, HttpUrl url, JsonNode body, Replay replay) {
    int attempts = policy.maxAttempts() + servers.size() - 1;
    IOException lastFailure = null;
    Answer lastAnswer = null;
    int made = 0;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      pause(attempt);
      made = attempt;
      HttpUrl target = servers.route(url);
      long start = System.nanoTime();
      try (Response response = http.newCall(request(method, target, body)).execute()) {
        lastAnswer = answer(method, target, response);
        lastFailure = null;
        report(method, target, response.code(), attempt, start);
        if (!retryable(lastAnswer.status(), replay)) {
          return lastAnswer;
        }
        if (lastAnswer.status() >= 502 && lastAnswer.status() <= 504) {
          servers.advance(target);
        }
      } catch (InterruptedIOException e) {
        report(method, target, 0, attempt, start);
        if (Thread.currentThread().isInterrupted()
            || !(e instanceof java.net.SocketTimeoutException)) {
          throw new RancherInterruptedException(
              "Interrupted during " + method + " " + Redaction.url(target), e);
        }
        lastFailure = e;
        servers.advance(target);
        if (replay == Replay.UNSENT_ONLY) {
          break;
        }
      } catch (SSLException e) {
        report(method, target, 0, attempt, start);
        throw new RancherUnavailableException(
            "TLS with "
                + Redaction.url(target)
                + " failed: "
                + masker.mask(String.valueOf(e.getMessage()))
                + ". If the server uses a private CA, give its "
                + "certificate (PEM); check the URL's scheme and port.",
            e);
      } catch (IOException e) {
        report(method, target, 0, attempt, start);
        lastFailure = e;
        servers.advance(target);
        if (replay == Replay.UNSENT_ONLY && !neverSent(e)) {
          break;
        }
      }
    }
    if (lastAnswer != null && lastFailure == null) {
      return lastAnswer;
    }
    throw unavailable(method, url, made, made < attempts, lastFailure, lastAnswer);
  }

  private RancherUnavailableException unavailable(
      String method,
      HttpUrl url,
      int attempts,
      boolean notRepeated,
      IOException failure,
      Answer answer) {
    String reason =
        failure == null
            ? "HTTP " + answer.status()
            : failure.getClass().getSimpleName()
                + ": "
                + masker.mask(String.valueOf(failure.getMessage()));
    return new RancherUnavailableException(
        "Rancher did not answer "
            + method
            + " "
            + Redaction.url(url)
            + " ("
            + reason
            + ") after "
            + (attempts == 1 ? "1 attempt" : attempts + " attempts")
            + " on "
            + (servers.size() == 1 ? "1 server URL" : servers.size() + " server URLs")
            + (notRepeated
                ? " (not sent again: the request may have reached Rancher, and repeating it"
                    + " could apply it twice)"
                : "")
            + ". Check that the server is up and the URL, proxy and network are right.",
        failure);
  }

  private static boolean retryable(int status, Replay replay) {
    if (status == 409) {
      return true;
    }
    return replay == Replay.SAFE && status >= 500;
  }

  /**
   * Failures where the request cannot have reached Rancher, so even a non-idempotent one may be
   * sent again.
   */
  private static boolean neverSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
  }

  private void pause(int attempt) {
    Duration pause = policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
    if (pause.isZero()) {
      return;
    }
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      throw new RancherInterruptedException(
          "Interrupted while waiting to retry a Rancher request", e);
    }
  }

  private static Request request(String method, HttpUrl url, JsonNode body) {
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = RequestBody.create(Json.write(body), JSON);
    } else if (method.equals("POST") || method.equals("PUT")) {
      requestBody = RequestBody.create(new byte[0], JSON);
    }
    return new Request.Builder()
        .url(url)
        .method(method, requestBody)
        .header("Accept", "application/json")
        .build();
  }

  private static Answer answer(String method, HttpUrl url, Response response) throws IOException {
    ResponseBody body = response.body();
    String raw = body == null ? "" : body.string();
    JsonNode json;
    try {
      json = raw.isBlank() ? NullNode.getInstance() : Json.MAPPER.readTree(raw);
    } catch (IOException notJson) {
      json = NullNode.getInstance();
    }
    return new Answer(response.code(), json, raw, response.headers(), method, Redaction.url(url));
  }

  private void report(String method, HttpUrl url, int status, int attempt, long startNanos) {
    listener.onRequest(
        new RequestListener.Request(
            method,
            Redaction.url(url),
            status,
            attempt,
            Duration.ofNanos(System.nanoTime() - startNanos)));
  }
}
