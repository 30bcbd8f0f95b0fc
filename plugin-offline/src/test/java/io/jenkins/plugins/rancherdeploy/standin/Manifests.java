package io.jenkins.plugins.rancherdeploy.standin;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The pinned baseline's manifests (copied into test resources, see jenkins-api/README.md). */
final class Manifests {
  static final List<String> FILES =
      List.of(
          "curated-baseline-2.479.3.txt",
          "core-jenkins-2.479.3.txt",
          "credentials-1415.v831096eb_5534.txt",
          "workflow-step-api-704.ve4f0967e98fa_.txt",
          "plain-credentials-HEAD-19caf8f.txt",
          "supplement.txt");

  private Manifests() {}

  static ApiModel baseline() throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String file : FILES) {
      paths.add(resource("jenkins-api/" + file));
    }
    return ApiModel.fromManifests(paths);
  }

  static Path resource(String name) {
    try {
      var url = Manifests.class.getClassLoader().getResource(name);
      if (url == null) {
        throw new IllegalStateException("test resource missing: " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
