package io.rancherdeploy.core.api.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The Rancher server URLs of one endpoint (servers in HA) and which one is in use. Links in
 * Rancher's answers are absolute and name the server that answered, so every request URL on a known
 * server is moved to the current one; on a connection failure the client advances to the next.
 */
public final class Servers {
  private final List<HttpUrl> origins;
  private final List<HttpUrl> aliases = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile int current;

  public Servers(List<URI> urls) {
    List<HttpUrl> list = new ArrayList<>();
    for (URI url : urls) {
      HttpUrl parsed = HttpUrl.parse(url.toString());
      if (parsed == null) {
        throw new io.rancherdeploy.core.api.InvalidEndpointException(
            "The Rancher URL '"
                + Redaction.uri(url)
                + "' is not an http(s) URL; give e.g. https://rancher.example.com",
            null);
      }
      list.add(parsed);
    }
    this.origins = List.copyOf(list);
  }

  public int size() {
    return origins.size();
  }

  /** The configured URL (with its path) of the server in use. */
  public HttpUrl currentBase() {
    return origins.get(current);
  }

  /** Moves to the next server; returns whether there is another one than before. */
  public synchronized boolean advance(HttpUrl failed) {
    if (origins.size() < 2 || !sameOrigin(failed, origins.get(current))) {
      return origins.size() > 1;
    }
    current = (current + 1) % origins.size();
    return true;
  }

  /** Whether the URL points at one of our servers (so it may carry our credentials). */
  public boolean isKnown(HttpUrl url) {
    return origins.stream().anyMatch(o -> sameOrigin(o, url))
        || aliases.stream().anyMatch(o -> sameOrigin(o, url));
  }

  /**
   * Another name the server uses for itself in its links (Rancher's {@code api.host} setting may
   * differ from the URL we were given); its URLs are routed to the server in use.
   */
  public void addAlias(HttpUrl url) {
    if (!isKnown(url)) {
      aliases.add(url);
    }
  }

  /** The URL moved onto the current server when it names one of ours; otherwise unchanged. */
  public HttpUrl route(HttpUrl url) {
    HttpUrl target = origins.get(current);
    if (!isKnown(url) || sameOrigin(url, target)) {
      return url;
    }
    return url.newBuilder().scheme(target.scheme()).host(target.host()).port(target.port()).build();
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme())
        && a.host().equalsIgnoreCase(b.host())
        && a.port() == b.port();
  }
}
