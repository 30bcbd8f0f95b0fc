package io.rancherdeploy.cli.options;

import io.rancherdeploy.cli.CliContext;
import io.rancherdeploy.cli.InvalidInputException;
import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherEndpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where Rancher is and which key to use, with the defaults rancher-compose and the rancher CLI read
 * from the environment ({@code RANCHER_URL}, {@code RANCHER_ACCESS_KEY}, {@code
 * RANCHER_SECRET_KEY}, {@code RANCHER_ENVIRONMENT}), and the HTTP proxy as they read it ({@link
 * ProxyEnvironment}).
 */
public final class ConnectionOptions {
  private final CliContext context;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "Rancher server URL, e.g. http://rancher:8080 (repeat for servers in HA, tried in order)."
              + " Default: $RANCHER_URL.")
  List<String> urls = new ArrayList<>();

  @Option(
      names = "--access-key",
      paramLabel = "KEY",
      description = "API access key. Default: $RANCHER_ACCESS_KEY.")
  String accessKey;

  @Option(
      names = "--secret-key",
      paramLabel = "SECRET",
      description =
          "API secret key. Default: $RANCHER_SECRET_KEY (prefer it: a flag shows in 'ps').")
  String secretKey;

  @Option(
      names = {"--environment", "--env"},
      paramLabel = "ENV",
      description =
          "Rancher environment (project) by name or id, e.g. Dev or 1a5. Default:"
              + " $RANCHER_ENVIRONMENT, else the only one the key can see.")
  String environment;

  @Option(
      names = "--insecure",
      description = "Skip TLS certificate checks (warned about on every run).")
  boolean insecure;

  public ConnectionOptions(CliContext context) {
    this.context = context;
  }

  /**
   * The endpoint, or an error naming the missing flag and variable; checks nothing on the network.
   */
  public RancherEndpoint endpoint() {
    List<URI> resolved = new ArrayList<>();
    List<String> given =
        urls.isEmpty() ? context.env("RANCHER_URL").map(List::of).orElse(List.of()) : urls;
    for (String url : given) {
      resolved.add(parseUrl(url));
    }
    if (resolved.isEmpty()) {
      throw new InvalidInputException(
          "No Rancher server given: pass --url http://rancher:8080 or set RANCHER_URL.");
    }
    String access =
        value(accessKey, "RANCHER_ACCESS_KEY")
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "No API access key given: pass --access-key or set RANCHER_ACCESS_KEY (an"
                            + " environment API key)."));
    String secret =
        value(secretKey, "RANCHER_SECRET_KEY")
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "No API secret key given for access key "
                            + access
                            + ": set RANCHER_SECRET_KEY (or pass --secret-key)."));
    RancherEndpoint.Builder builder =
        RancherEndpoint.builder(resolved.get(0))
            .apiKey(ApiKey.of(access, secret))
            .insecure(insecure);
    resolved.subList(1, resolved.size()).forEach(builder::url);
    environment().ifPresent(builder::environment);
    ProxyEnvironment proxy = ProxyEnvironment.read(resolved.get(0).getScheme(), context::env);
    proxy.proxy().ifPresent(builder::proxy);
    builder.noProxy(proxy.direct());
    return builder.build();
  }

  public Optional<String> environment() {
    return value(environment, "RANCHER_ENVIRONMENT");
  }

  private Optional<String> value(String flag, String variable) {
    return flag != null && !flag.isBlank() ? Optional.of(flag) : context.env(variable);
  }

  private static URI parseUrl(String url) {
    try {
      URI uri = new URI(url.trim());
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new URISyntaxException(url, "not an http(s) URL with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InvalidInputException(
          "The Rancher URL '"
              + url
              + "' is not an http:// or https:// URL with a host; "
              + "write it as http://rancher.example:8080 (the /v2-beta or /v1 path is optional).");
    }
  }
}
