package io.jenkins.plugins.rancherdeploy.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which server, URLs, project and credential a step means: either inline ({@code url} + {@code
 * credentialsId}) or by name from the global configuration ({@code server} when there are several,
 * and {@code environment}). Pure: no credentials are read here.
 *
 * @param server the server's name ({@code url} itself for an inline target), for messages and the
 *     lock
 * @param environment the environment's name; for an inline target the project as given
 * @param project the Rancher environment (project) id or name; empty for the key's only one
 */
public record TargetSelection(
    String server,
    String environment,
    String urls,
    String project,
    String credentialsId,
    String caCertificate,
    boolean insecure) {

  /**
   * @throws IllegalArgumentException saying what is missing or unknown and what exists
   */
  public static TargetSelection select(
      List<RancherServer> servers,
      String server,
      String environment,
      String url,
      String credentialsId) {
    if (url != null && !url.isBlank()) {
      if (credentialsId == null || credentialsId.isBlank()) {
        throw new IllegalArgumentException(
            "url is given, so credentialsId is needed too: the id of a"
                + " 'Rancher API key' or username/password credential");
      }
      ServerUrls.parse(url);
      String project = environment == null ? "" : environment.trim();
      return new TargetSelection(
          url.trim(), project, url.trim(), project, credentialsId.trim(), null, false);
    }
    RancherServer chosen = server(servers, server);
    ServerUrls.parse(chosen.getUrls());
    if (environment == null || environment.isBlank()) {
      String id =
          credentialsId != null && !credentialsId.isBlank()
              ? credentialsId
              : chosen.getCredentialsId();
      return new TargetSelection(
          chosen.getName(),
          "",
          chosen.getUrls(),
          "",
          required(id, chosen, null),
          chosen.getCaCertificate(),
          chosen.isInsecure());
    }
    RancherEnvironment env =
        chosen
            .environment(environment.trim())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Rancher server '"
                            + chosen.getName()
                            + "' has no environment '"
                            + environment
                            + "'; configured: "
                            + names(
                                chosen.getEnvironments().stream()
                                    .map(RancherEnvironment::getName)
                                    .collect(Collectors.toList()))
                            + ". Add it under Manage Jenkins > System > Rancher, or fix the"
                            + " name."));
    String id = firstNonBlank(credentialsId, env.getCredentialsId(), chosen.getCredentialsId());
    return new TargetSelection(
        chosen.getName(),
        env.getName(),
        chosen.getUrls(),
        env.getProject(),
        required(id, chosen, env),
        chosen.getCaCertificate(),
        chosen.isInsecure());
  }

  /** {@code server/environment}, with the stack appended it keys the deploy lock. */
  public String lockPrefix() {
    return server + "/" + environment;
  }

  private static RancherServer server(List<RancherServer> servers, String name) {
    if (servers.isEmpty()) {
      throw new IllegalArgumentException(
          "no Rancher server is configured: add one under Manage Jenkins >"
              + " System > Rancher, or give url and credentialsId on the step");
    }
    if (name == null || name.isBlank()) {
      if (servers.size() > 1) {
        throw new IllegalArgumentException(
            "several Rancher servers are configured ("
                + names(servers.stream().map(RancherServer::getName).collect(Collectors.toList()))
                + "); say which with server: '<name>'");
      }
      return servers.get(0);
    }
    return servers.stream()
        .filter(s -> s.getName().equals(name.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no Rancher server named '"
                        + name
                        + "'; configured: "
                        + names(
                            servers.stream()
                                .map(RancherServer::getName)
                                .collect(Collectors.toList()))));
  }

  private static String required(String id, RancherServer server, RancherEnvironment env) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(
          "no credential for Rancher server '"
              + server.getName()
              + "'"
              + (env == null ? "" : ", environment '" + env.getName() + "'")
              + ": set the server's default credential or the environment's, or give"
              + " credentialsId");
    }
    return id.trim();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }
}
