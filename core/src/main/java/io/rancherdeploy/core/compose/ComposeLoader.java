package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.variables.EnvFileParser;
import io.rancherdeploy.core.compose.variables.Interpolator;
import io.rancherdeploy.core.compose.variables.VariableResolver;
import io.rancherdeploy.core.compose.yaml.Diagnostics;
import io.rancherdeploy.core.compose.yaml.Location;
import io.rancherdeploy.core.compose.yaml.SafeYamlParser;
import io.rancherdeploy.core.compose.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a stack: reads the env files, parses each compose file safely, interpolates, validates and
 * normalizes it, merges the files in order, reads rancher-compose.yml, and builds each service's
 * Rancher launch config and hashes. Every problem of every file is gathered before it gives up, and
 * it gives up with one {@link ComposeException}, never another exception.
 */
public final class ComposeLoader {
  private final ComposeSource source;
  private final Diagnostics diagnostics = new Diagnostics();
  private final Values values = new Values(diagnostics);
  private final Map<String, Path> directories = new HashMap<>();

  private ComposeLoader(ComposeSource source) {
    this.source = source;
  }

  /** The loaded stack. Throws {@link ComposeException} listing every problem found. */
  public static ComposeProject load(ComposeSource source) {
    return new ComposeLoader(source).run();
  }

  private ComposeProject run() {
    if (source.composeFiles().isEmpty()) {
      diagnostics.error(
          Location.ofFile("(no file)"),
          "",
          "no compose file was given",
          "at least one file",
          "name docker-compose.yml (and any override files, in order)");
      throw new ComposeException(diagnostics.errors());
    }
    VariableResolver resolver =
        new VariableResolver(source.variables(), source.processEnvironment(), envFiles());
    TreeInterpolator interpolator =
        new TreeInterpolator(
            new Interpolator(resolver::lookup), diagnostics, source.unsetVariablesAsEmpty());
    ComposeFileReader reader =
        new ComposeFileReader(
            values, new ServiceReader(values, new FieldReader(values, resolver::lookup)));
    ServiceMerger merger = new ServiceMerger();
    for (ComposeSource.Input input : source.composeFiles()) {
      directories.put(input.name(), SourceReader.baseDirectory(input));
      parse(input, true)
          .map(root -> interpolator.interpolate(root, ""))
          .flatMap(root -> reader.read(input.name(), root))
          .ifPresent(merger::add);
    }
    Map<String, ServiceDef> rancher =
        source
            .rancherComposeFile()
            .flatMap(input -> parse(input, false))
            .map(root -> new RancherFileReader(values).read(interpolator.interpolate(root, "")))
            .orElse(new LinkedHashMap<>());
    interpolator.reportMissing(source.composeFiles().get(0).name());
    failOnErrors(resolver);
    ServiceEnvFiles.apply(merger.services(), directories, diagnostics);
    List<ServiceSpec> services =
        new StackBuilder(merger.services(), rancher, merger.volumes(), diagnostics).build();
    failOnErrors(resolver);
    return new ComposeProject(
        services,
        resolver.used(),
        new SecretScrubber(resolver.used()).scrub(diagnostics.warnings()),
        () -> ComposeRenderer.render(merger.services(), merger.volumes(), merger.networks()));
  }

  private List<Map<String, String>> envFiles() {
    List<Map<String, String>> files = new ArrayList<>();
    for (ComposeSource.Input input : source.envFiles()) {
      SourceReader.read(input, diagnostics)
          .ifPresent(text -> files.add(EnvFileParser.parse(input.name(), text, diagnostics)));
    }
    return files;
  }

  private Optional<YamlNode> parse(ComposeSource.Input input, boolean required) {
    int before = diagnostics.errorCount();
    Optional<YamlNode> root =
        SourceReader.read(input, diagnostics)
            .flatMap(text -> SafeYamlParser.parse(input.name(), text, diagnostics));
    if (root.isEmpty() && required && diagnostics.errorCount() == before) {
      diagnostics.error(
          Location.ofFile(input.name()),
          "",
          "the file is empty",
          "services",
          "define at least one service");
    }
    return root;
  }

  private void failOnErrors(VariableResolver resolver) {
    if (diagnostics.hasErrors()) {
      throw new ComposeException(new SecretScrubber(resolver.used()).scrub(diagnostics.errors()));
    }
  }
}
