package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobalOptionsOrderTest {
  @Test
  void movesRancherComposeGlobalOptionsAfterTheCommand() {
    assertThat(GlobalOptionsOrder.normalize("-p", "stacksonstacks", "up", "-d"))
        .containsExactly("up", "-p", "stacksonstacks", "-d");
    assertThat(
            GlobalOptionsOrder.normalize(
                "--url=http://r:8080", "-f", "a.yml", "--debug", "rm", "--force"))
        .containsExactly("rm", "--url=http://r:8080", "-f", "a.yml", "--debug", "--force");
  }

  @Test
  void leavesEverythingElseForPicocliToJudge() {
    assertThat(GlobalOptionsOrder.normalize("up", "-p", "s")).containsExactly("up", "-p", "s");
    assertThat(GlobalOptionsOrder.normalize("--help")).containsExactly("--help");
    assertThat(GlobalOptionsOrder.normalize("-p", "s")).containsExactly("-p", "s");
    assertThat(GlobalOptionsOrder.normalize("-p")).containsExactly("-p");
    assertThat(GlobalOptionsOrder.normalize("--bogus", "up")).containsExactly("--bogus", "up");
    assertThat(GlobalOptionsOrder.normalize()).isEmpty();
  }
}
