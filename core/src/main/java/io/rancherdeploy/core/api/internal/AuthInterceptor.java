package io.rancherdeploy.core.api.internal;

import io.rancherdeploy.core.api.ApiKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds HTTP Basic auth (access key : secret key) to requests for our own servers only, never to
 * another host a link or a log URL may name. Asks Rancher not to send a browser challenge.
 */
public final class AuthInterceptor implements Interceptor {
  private final String authorization;
  private final Servers servers;

  public AuthInterceptor(ApiKey key, Servers servers) {
    this.authorization =
        Credentials.basic(key.accessKey(), key.secretKey().reveal(), StandardCharsets.UTF_8);
    this.servers = servers;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("Authorization") != null || !servers.isKnown(request.url())) {
      return chain.proceed(request);
    }
    return chain.proceed(
        request
            .newBuilder()
            .header("Authorization", authorization)
            .header("X-API-No-Challenge", "true")
            .build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{****}";
  }
}
