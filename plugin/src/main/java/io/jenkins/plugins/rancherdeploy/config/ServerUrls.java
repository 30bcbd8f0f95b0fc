package io.jenkins.plugins.rancherdeploy.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** The URL field of a server: one Rancher URL a line (several for Rancher servers in HA). */
public final class ServerUrls {
  private ServerUrls() {}

  /**
   * @throws IllegalArgumentException naming the line and what is wrong with it
   */
  public static List<URI> parse(String text) {
    List<URI> urls = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("[\\r\\n,]+");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      urls.add(parseOne(line, i + 1));
    }
    if (urls.isEmpty()) {
      throw new IllegalArgumentException(
          "give the Rancher server URL, e.g. https://rancher.example.com");
    }
    return urls;
  }

  private static URI parseOne(String line, int number) {
    try {
      URI uri = new URI(line.endsWith("/") ? line.substring(0, line.length() - 1) : line);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "URL "
                + number
                + " '"
                + line
                + "' must be an absolute http:// or https:// URL such as"
                + " https://rancher.example.com");
      }
      if (uri.getPath() != null && uri.getPath().matches("/v[12](-beta)?(/.*)?")) {
        throw new IllegalArgumentException(
            "URL "
                + number
                + " '"
                + line
                + "' should be the server's base URL without /v1 or /v2-beta; the API version is"
                + " discovered");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "URL " + number + " '" + line + "' is not a URL: " + e.getReason());
    }
  }
}
