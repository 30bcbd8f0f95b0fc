package io.jenkins.plugins.rancherdeploy.run;

import io.rancherdeploy.core.compose.ComposeLoader;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.compose.ComposeSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds the step's compose, rancher-compose and env files in the workspace (on the agent) and loads
 * them with core's {@link ComposeLoader}. Variables are the build's environment plus the step's
 * {@code variables}; the agent's own process environment is not read.
 */
final class ComposeInputs {
  private ComposeInputs() {}

  static ComposeSource source(
      Path workspace, DeploySettings settings, Map<String, String> variables, PrintStream log)
      throws IOException {
    ComposeSource.Builder source =
        ComposeSource.builder().variables(variables).readProcessEnvironment(false);
    for (Path file :
        WorkspaceFiles.resolve(workspace, "files", OptionMapping.list(settings.getFiles()))) {
      log.println("Rancher: compose file " + workspace.relativize(file));
      source.composeFile(file);
    }
    rancherFile(workspace, settings)
        .ifPresent(
            file -> {
              log.println("Rancher: rancher-compose file " + workspace.relativize(file));
              source.rancherComposeFile(file);
            });
    for (Path file :
        WorkspaceFiles.resolve(workspace, "envFiles", OptionMapping.list(settings.getEnvFiles()))) {
      log.println("Rancher: env file " + workspace.relativize(file));
      source.envFile(file);
    }
    return source.build();
  }

  static ComposeProject load(
      Path workspace, DeploySettings settings, Map<String, String> variables, PrintStream log)
      throws IOException {
    ComposeProject project = ComposeLoader.load(source(workspace, settings, variables, log));
    project.warnings().forEach(w -> log.println("Rancher: WARNING: " + w.describe()));
    return project;
  }

  /**
   * The named rancher-compose file (it must exist), or rancher-compose.yml when the workspace has
   * one.
   */
  private static java.util.Optional<Path> rancherFile(Path workspace, DeploySettings settings)
      throws IOException {
    if (settings.getRancherFile() != null) {
      List<Path> found =
          WorkspaceFiles.resolve(workspace, "rancherFile", List.of(settings.getRancherFile()));
      if (found.size() > 1) {
        throw new IllegalArgumentException(
            "rancherFile: '"
                + settings.getRancherFile()
                + "' matches "
                + found.size()
                + " files; name exactly one rancher-compose file");
      }
      return java.util.Optional.of(found.get(0));
    }
    Path standard = workspace.resolve(DeploySettings.DEFAULT_RANCHER_FILE);
    return Files.isRegularFile(standard)
        ? java.util.Optional.of(standard)
        : java.util.Optional.empty();
  }
}
