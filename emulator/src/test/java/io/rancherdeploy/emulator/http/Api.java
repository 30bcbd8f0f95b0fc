package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rancherdeploy.emulator.RancherEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A plain OkHttp caller for the emulator's HTTP tests: no code of ours between the test and the
 * wire.
 */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  /** One answer: status, the X-API-Schemas header and the parsed body. */
  public record Answer(int status, String schemas, JsonNode body, Response raw) {
    public JsonNode data() {
      return body.path("data");
    }
  }

  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .callTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .build();
  private final String base;
  private final String credentials;

  public Api(RancherEmulator emulator) {
    this(emulator.url().toString(), emulator.accessKey(), emulator.secretKey());
  }

  public Api(String base, String accessKey, String secretKey) {
    this.base = base;
    this.credentials = Credentials.basic(accessKey, secretKey);
  }

  public Api as(String accessKey, String secretKey) {
    return new Api(base, accessKey, secretKey);
  }

  public String base() {
    return base;
  }

  public OkHttpClient client() {
    return http;
  }

  public String credentials() {
    return credentials;
  }

  public Answer get(String path) {
    return call(new Request.Builder().url(url(path)).get());
  }

  public Answer post(String path, String json) {
    return call(new Request.Builder().url(url(path)).post(RequestBody.create(json, JSON_TYPE)));
  }

  public Answer put(String path, String json) {
    return call(new Request.Builder().url(url(path)).put(RequestBody.create(json, JSON_TYPE)));
  }

  public Answer delete(String path) {
    return call(new Request.Builder().url(url(path)).delete());
  }

  public Answer call(Request.Builder request) {
    try (Response response =
        http.newCall(request.header("Authorization", credentials).build()).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      JsonNode body = text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
      return new Answer(response.code(), response.header("X-API-Schemas"), body, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return path.startsWith("http") ? path : base + path;
  }
}
