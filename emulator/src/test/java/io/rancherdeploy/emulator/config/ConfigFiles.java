package io.rancherdeploy.emulator.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Config files for the config tests, written into the test's temporary folder. */
final class ConfigFiles {

  private ConfigFiles() {}

  static Path write(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("emulator.yml");
    Files.writeString(file, yaml);
    return file;
  }

  static EmulatorConfig load(Path dir, String yaml) throws IOException {
    return EmulatorConfig.load(write(dir, yaml));
  }
}
