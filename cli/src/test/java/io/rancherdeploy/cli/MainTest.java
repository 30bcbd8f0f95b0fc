package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: rancher-deploy", "Exit codes:", "130", "bad input or usage", "RANCHER_URL");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownCommandListsTheCommands() {
    CliRun run = CliRun.of("deploy", "-p", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown command 'deploy'").contains("up, plan, render");
  }

  @Test
  void eachCommandHasItsHelpAndAliasesWork() {
    for (RancherDeployCommand.Entry entry : RancherDeployCommand.COMMANDS) {
      CliRun run =
          entry.name().equals("help") ? CliRun.of("help", "up") : CliRun.of(entry.name(), "--help");
      assertThat(run.exitCode()).as(entry.name() + "\n" + run).isZero();
      assertThat(run.out()).as(entry.name()).contains("Usage: rancher-deploy");
    }
    assertThat(CliRun.of("envs", "--help").out()).contains("rancher-deploy environments");
    assertThat(CliRun.of("emulator", "--help").out())
        .contains("Usage: rancher-deploy emulator ")
        .doesNotContain("rancher-emulator");
  }

  @Test
  void versionPrintsAndSucceeds() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("rancher-deploy ");
  }

  @Test
  void noCommandIsAUsageErrorThatSaysWhatToType() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("Missing a command").contains("rancher-deploy --help");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  @Test
  void anUnknownCommandOrOptionIsAOneParagraphUsageError() {
    CliRun run = CliRun.of("--frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'").doesNotContain("Usage:");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }
}
