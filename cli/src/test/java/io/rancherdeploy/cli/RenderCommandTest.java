package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  static final Path STACK = Path.of("../examples/stacksonstacks/docker-compose.yml");

  @Test
  void rendersTheUsersStackWithItsRancherFileNextToIt() {
    CliRun run = CliRun.of("render", "-f", STACK.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("flask-nanoservice", "smoll/flask-nanoservice:latest", "RancherLB");
  }

  @Test
  void aMissingFileIsExit2AndNamesTheFile() {
    CliRun run = CliRun.of("render", "-f", "nowhere/docker-compose.yml");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere/docker-compose.yml").contains("does not exist");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badYamlIsExit2WithTheFileAndLine(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("docker-compose.yml"), "web:\n  image: [unclosed\n  ports: 80\n");
    CliRun run = CliRun.of("render", "-f", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString()).containsPattern("line \\d|:\\d+");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  @Test
  void unsetVariablesAreAnErrorUnlessAllowedAndSecretValuesNeverPrint(@TempDir Path dir)
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("docker-compose.yml"),
            "web:\n  image: app:${TAG}\n  environment:\n    DB_PASSWORD: ${DB_PASSWORD}\n");
    CliRun unset =
        CliRun.of(Map.of("DB_PASSWORD", "hunter2-canary"), "render", "-f", file.toString());
    assertThat(unset.exitCode()).as(unset.toString()).isEqualTo(2);
    assertThat(unset.err()).contains("TAG");

    CliRun allowed =
        CliRun.of(
            Map.of("DB_PASSWORD", "hunter2-canary"),
            "render",
            "-f",
            file.toString(),
            "--allow-unset",
            "--var",
            "TAG=1.0");
    assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
    assertThat(allowed.out()).contains("app:1.0").contains("****");
    assertThat(allowed.all()).doesNotContain("hunter2-canary");
  }
}
