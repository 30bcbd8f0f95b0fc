package io.rancherdeploy.core.api.internal;

import java.net.URI;
import okhttp3.HttpUrl;

/** URLs as they may appear in messages: no user info, no token. */
public final class Redaction {
  private Redaction() {}

  public static String url(HttpUrl url) {
    HttpUrl.Builder builder = url.newBuilder().username("").password("");
    for (String name : url.queryParameterNames()) {
      if (name.equalsIgnoreCase("token")
          || name.toLowerCase(java.util.Locale.ROOT).contains("secret")) {
        builder.setQueryParameter(name, "****");
      }
    }
    return builder.build().toString();
  }

  public static String url(String url) {
    String scheme = url.startsWith("wss://") ? "wss" : url.startsWith("ws://") ? "ws" : null;
    HttpUrl parsed = HttpUrl.parse(scheme == null ? url : "http" + url.substring(2));
    if (parsed == null) {
      return "(unparseable URL)";
    }
    String redacted = url(parsed);
    return scheme == null ? redacted : "ws" + redacted.substring(4);
  }

  public static String uri(URI uri) {
    return url(uri.toString());
  }
}
