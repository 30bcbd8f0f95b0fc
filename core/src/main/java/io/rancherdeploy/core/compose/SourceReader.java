package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.Diagnostics;
import io.rancherdeploy.core.compose.yaml.Location;
import io.rancherdeploy.core.compose.yaml.SafeYamlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an input's text (UTF-8, bounded in size), turning every I/O failure into a located problem.
 */
final class SourceReader {
  private SourceReader() {}

  static Optional<String> read(ComposeSource.Input input, Diagnostics diagnostics) {
    if (input instanceof ComposeSource.TextInput text) {
      return Optional.of(text.text());
    }
    Path path = ((ComposeSource.FileInput) input).path();
    Location at = Location.ofFile(input.name());
    try {
      if (Files.isDirectory(path)) {
        diagnostics.error(
            at,
            "",
            "this is a directory",
            "a file",
            "name the file inside it, such as " + path.resolve("docker-compose.yml"));
        return Optional.empty();
      }
      if (Files.size(path) > SafeYamlParser.MAX_CHARACTERS * 4L) {
        diagnostics.error(
            at,
            "",
            "the file is too large",
            "at most " + SafeYamlParser.MAX_CHARACTERS + " characters",
            "");
        return Optional.empty();
      }
      return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      diagnostics.error(
          at,
          "",
          "the file does not exist",
          "",
          "check the path, relative to " + Path.of("").toAbsolutePath());
    } catch (CharacterCodingException e) {
      diagnostics.error(at, "", "the file is not UTF-8 text", "UTF-8", "save it as UTF-8");
    } catch (IOException e) {
      diagnostics.error(
          at,
          "",
          "the file cannot be read: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage()),
          "",
          "");
    }
    return Optional.empty();
  }

  /** The directory that relative paths in an input are resolved against. */
  static Path baseDirectory(ComposeSource.Input input) {
    if (input instanceof ComposeSource.FileInput file) {
      Path parent = file.path().toAbsolutePath().getParent();
      return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
    return Path.of("").toAbsolutePath();
  }
}
