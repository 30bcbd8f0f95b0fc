package io.rancherdeploy.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The users' stack for the demo: {@code examples/stacksonstacks} when run from the repository (so
 * an edit shows), else the copy inside the jar; and the same files with the app's image changed, as
 * the users' next commit would change them. Everything is written to a temporary directory that
 * {@link #close} deletes.
 */
final class DemoFiles implements AutoCloseable {
  static final String OLD_IMAGE = "smoll/flask-nanoservice:latest";
  static final String NEW_IMAGE = "smoll/flask-nanoservice:1.0";
  private static final String[] NAMES = {"docker-compose.yml", "rancher-compose.yml"};

  private final Path work;
  private final Path original;
  private final Path changed;
  private final String origin;

  private DemoFiles(Path work, Path original, Path changed, String origin) {
    this.work = work;
    this.original = original;
    this.changed = changed;
    this.origin = origin;
  }

  /** From {@code directory} when it holds the files, else from the jar. */
  static DemoFiles prepare(Path directory) {
    try {
      Path work = Files.createTempDirectory("rancher-deploy-demo");
      Path original = Files.createDirectories(work.resolve("stacksonstacks"));
      Path changed = Files.createDirectories(work.resolve("stacksonstacks-1.0"));
      boolean fromDirectory = Files.isRegularFile(directory.resolve(NAMES[0]));
      for (String name : NAMES) {
        String text = fromDirectory ? Files.readString(directory.resolve(name)) : bundled(name);
        Files.writeString(original.resolve(name), text);
        Files.writeString(
            changed.resolve(name),
            name.equals(NAMES[0]) ? text.replace(OLD_IMAGE, NEW_IMAGE) : text);
      }
      String origin =
          fromDirectory ? directory.toString() : "the copy of examples/stacksonstacks in the jar";
      return new DemoFiles(work, original, changed, origin);
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare the demo's files: " + e.getMessage(), e);
    }
  }

  private static String bundled(String name) throws IOException {
    try (InputStream in = DemoFiles.class.getResourceAsStream("/examples/stacksonstacks/" + name)) {
      if (in == null) {
        throw new IOException("the jar holds no examples/stacksonstacks/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  Path compose() {
    return original.resolve(NAMES[0]);
  }

  Path composeWithNewImage() {
    return changed.resolve(NAMES[0]);
  }

  String origin() {
    return origin;
  }

  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(work)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
