package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stack name that does not exist: {@code rm} has nothing to remove (exit 0, as the users' {@code
 * rm --force} before the first {@code up} needs); the commands that act on the stack exit 2 with
 * one paragraph naming the stack, the environment and the stacks there, the nearest suggested.
 * Nothing changes on the server.
 */
class MissingStackTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  @BeforeAll
  static void twoStacks() {
    RancherEndpoint endpoint =
        RancherEndpoint.builder(RANCHER.emulator().url())
            .apiKey(ApiKey.of(RANCHER.emulator().accessKey(), RANCHER.emulator().secretKey()))
            .build();
    try (RancherClient client = RancherClient.connect(endpoint)) {
      client.create(ResourceType.STACK, Map.of("name", "stacksonstacks"));
      client.create(ResourceType.STACK, Map.of("name", "monitoring"));
    }
  }

  @BeforeEach
  void clearJournal() {
    RANCHER.emulator().control().clearRequests();
  }

  private static CliRun cli(String... args) {
    CliRun run = CliRun.of(EmulatorEnv.of(RANCHER.emulator()), args);
    assertThat(EmulatorEnv.mutatingRequests(RANCHER.emulator())).as(run.toString()).isEmpty();
    assertThat(run.err()).doesNotContain("\tat ");
    return run;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ps", "logs", "finish", "rollback", "scale", "restart"})
  void aCommandOnAMissingStackIsExit2ListingTheStacksThere(String command) {
    CliRun run =
        command.equals("scale")
            ? cli("scale", "-p", "stackonstacks", "web=2")
            : cli(command, "-p", "stackonstacks");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().strip().lines()).as(run.toString()).hasSize(1);
    assertThat(run.err())
        .contains("no stack 'stackonstacks'")
        .contains("environment Default (1a5)")
        .contains("monitoring, stacksonstacks")
        .contains("Did you mean 'stacksonstacks'?");
  }

  @Test
  void upRollbackOnAMissingStackIsExit2Too() {
    CliRun run = cli("up", "-p", "nothing-like-it", "--rollback");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("no stack 'nothing-like-it'").doesNotContain("Did you mean");
  }

  @Test
  void rmOfAMissingStackHasNothingToRemove() throws Exception {
    for (List<String> line :
        List.of(
            List.of("rm", "-p", "first-deploy"), List.of("rm", "-p", "first-deploy", "--force"))) {
      CliRun run = cli(line.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).contains("first-deploy").contains("nothing to remove");
    }
    CliRun json = cli("rm", "-p", "first-deploy", "-o", "json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    assertThat(ResultJson.MAPPER.readTree(json.out()).get("outcome").asText()).isEqualTo("success");
  }

  @Test
  void theParagraphListsAtMostTwentyStacksAndSaysWhenThereAreNone() {
    List<String> many = IntStream.range(0, 25).mapToObj(i -> "app" + (char) ('a' + i)).toList();
    String text = StackLookup.missing("web", "Default (1a5)", many);
    assertThat(text)
        .contains("appa, appb")
        .contains("appt")
        .doesNotContain("appu")
        .contains("and 5 more")
        .doesNotContain("Did you mean");
    assertThat(StackLookup.missing("web", "Staging (1a7)", List.of()))
        .contains("no stack 'web' in environment Staging (1a7)")
        .contains("has no stacks");
  }
}
