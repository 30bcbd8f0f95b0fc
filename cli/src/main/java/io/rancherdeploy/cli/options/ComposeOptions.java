package io.rancherdeploy.cli.options;

import io.rancherdeploy.cli.CliContext;
import io.rancherdeploy.cli.InvalidInputException;
import io.rancherdeploy.core.compose.ComposeLoader;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.compose.ComposeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The compose files, as rancher-compose takes them: {@code -f} (repeatable, merged in order),
 * {@code -r} (default: {@code rancher-compose.yml} next to the first {@code -f}), {@code -e} env
 * files; plus explicit variables and the choice to let unset variables become empty, as
 * rancher-compose did.
 */
public final class ComposeOptions {
  private final CliContext context;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description =
          "A docker-compose file; repeat to merge several in order. Default: docker-compose.yml.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = {"-r", "--rancher-file"},
      paramLabel = "FILE",
      description =
          "The rancher-compose file. Default: rancher-compose.yml next to the first -f, if it"
              + " exists.")
  Path rancherFile;

  @Option(
      names = {"-e", "--env-file"},
      paramLabel = "FILE",
      description =
          "A file of NAME=VALUE lines for ${VAR} interpolation (docker-compose .env rules);"
              + " repeatable.")
  List<Path> envFiles = new ArrayList<>();

  @Option(
      names = "--var",
      paramLabel = "NAME=VALUE",
      mapFallbackValue = "",
      description =
          "A variable for interpolation; beats env files and the process environment. Repeatable.")
  Map<String, String> variables = new LinkedHashMap<>();

  @Option(
      names = "--allow-unset",
      description =
          "Let unset variables become empty with a warning, as rancher-compose did (default: an"
              + " error).")
  boolean allowUnset;

  public ComposeOptions(CliContext context) {
    this.context = context;
  }

  /** The compose files in order; every one must exist. */
  public List<Path> files() {
    List<Path> given = files.isEmpty() ? List.of(Path.of("docker-compose.yml")) : files;
    for (Path file : given) {
      requireFile(
          file,
          files.isEmpty()
              ? "no -f given and there is no docker-compose.yml here; pass -f"
                  + " path/to/docker-compose.yml"
              : "check the -f path");
    }
    return List.copyOf(given);
  }

  /**
   * The rancher-compose file: the one given (which must exist), else the one next to the first
   * file.
   */
  public Optional<Path> rancherFile() {
    if (rancherFile != null) {
      requireFile(rancherFile, "check the -r path, or leave -r out");
      return Optional.of(rancherFile);
    }
    Path first = files().get(0).toAbsolutePath();
    Path sibling = first.resolveSibling("rancher-compose.yml");
    return Files.isRegularFile(sibling) ? Optional.of(sibling) : Optional.empty();
  }

  public List<Path> envFiles() {
    envFiles.forEach(file -> requireFile(file, "check the -e path"));
    return List.copyOf(envFiles);
  }

  /**
   * What to load: the files, then --var values, the process environment and the env files, in that
   * order.
   */
  public ComposeSource source() {
    ComposeSource.Builder source = ComposeSource.builder();
    files().forEach(source::composeFile);
    rancherFile().ifPresent(source::rancherComposeFile);
    envFiles().forEach(source::envFile);
    return source
        .variables(variables)
        .processEnvironment(context.env())
        .unsetVariablesAsEmpty(allowUnset)
        .build();
  }

  /** The loaded project; every problem of every file in one {@code ComposeException} (exit 2). */
  public ComposeProject load() {
    return ComposeLoader.load(source());
  }

  private static void requireFile(Path file, String fix) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          "The file "
              + file
              + " does not exist"
              + (Files.isDirectory(file) ? " (it is a directory)" : "")
              + ": "
              + fix
              + ".");
    }
  }
}
