package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.variables.EnvFileParser;
import io.rancherdeploy.core.compose.yaml.Diagnostics;
import io.rancherdeploy.core.compose.yaml.Location;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's {@code env_file}s (relative to the compose file that names them) loaded into its
 * environment: file values first, in order, then {@code environment} on top, as docker-compose
 * does.
 */
final class ServiceEnvFiles {
  private ServiceEnvFiles() {}

  static void apply(
      Map<String, ServiceDef> services, Map<String, Path> directories, Diagnostics diagnostics) {
    for (ServiceDef service : services.values()) {
      if (service.strings("env_file").isEmpty()) {
        continue;
      }
      Field declared = service.field("env_file").orElseThrow();
      Path base =
          directories.getOrDefault(declared.location().file(), Path.of("").toAbsolutePath());
      Map<String, String> environment = new LinkedHashMap<>();
      int before = diagnostics.errorCount();
      for (String file : service.strings("env_file")) {
        Path path = base.resolve(file);
        SourceReader.read(new ComposeSource.FileInput(path), diagnostics)
            .ifPresent(
                text ->
                    environment.putAll(EnvFileParser.parse(path.toString(), text, diagnostics)));
      }
      if (diagnostics.errorCount() > before) {
        diagnostics.error(
            declared.location(),
            declared.path(),
            "an env_file of `" + service.name() + "` cannot be used (see above)",
            "",
            "");
        continue;
      }
      environment.putAll(service.keyValues("environment"));
      Location at = service.field("environment").map(Field::location).orElse(declared.location());
      service.put("environment", new Field(environment, at, service.pathOf("environment")));
    }
  }
}
