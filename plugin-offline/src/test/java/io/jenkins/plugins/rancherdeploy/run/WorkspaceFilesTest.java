package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFilesTest {
  @TempDir Path ws;

  @BeforeEach
  void files() throws Exception {
    for (String f :
        List.of(
            "docker-compose.yml", "deploy/b.yml", "deploy/a.yml", "deploy/prod/c.yml", "x.env")) {
      Files.createDirectories(ws.resolve(f).getParent());
      Files.writeString(ws.resolve(f), "");
    }
  }

  private List<String> resolve(String... globs) throws Exception {
    return WorkspaceFiles.resolve(ws, "files", List.of(globs)).stream()
        .map(p -> ws.relativize(p).toString().replace('\\', '/'))
        .toList();
  }

  @Test
  void globsKeepTheirOrderAndMatchesAreSorted() throws Exception {
    assertThat(resolve("docker-compose.yml", "deploy/*.yml"))
        .containsExactly("docker-compose.yml", "deploy/a.yml", "deploy/b.yml");
    assertThat(resolve("deploy/*.yml", "docker-compose.yml"))
        .containsExactly("deploy/a.yml", "deploy/b.yml", "docker-compose.yml");
  }

  @Test
  void doubleStarMatchesAnyDepthIncludingNone() throws Exception {
    assertThat(resolve("**/*.yml")).contains("docker-compose.yml", "deploy/prod/c.yml");
    assertThat(resolve("deploy/**/c.yml")).containsExactly("deploy/prod/c.yml");
  }

  @Test
  void aFileMatchedTwiceIsUsedOnce() throws Exception {
    assertThat(resolve("deploy/a.yml", "deploy/*.yml"))
        .containsExactly("deploy/a.yml", "deploy/b.yml");
  }

  @Test
  void aGlobMatchingNothingNamesTheParameterAndTheGlob() {
    assertThatThrownBy(() -> resolve("nope/*.yml"))
        .hasMessageStartingWith("files: 'nope/*.yml' matches no file");
  }

  @Test
  void globsCannotLeaveTheWorkspace() {
    assertThatThrownBy(() -> resolve("../etc/passwd")).hasMessageContaining("stay inside it");
    assertThatThrownBy(() -> resolve("/etc/passwd"))
        .hasMessageContaining("relative to the workspace");
  }
}
