package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.model.ApiKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code environments} with an account key that sees several environments (Default, Staging and two
 * named Twin): all listed, '*' on the one --environment or RANCHER_ENVIRONMENT picks, and an
 * unknown or ambiguous name said (exit 3) after the listing.
 */
class EnvironmentsCommandTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static final String SECRET = "account-sk-90e1";
  private static String staging;
  private static String twin;

  @BeforeAll
  static void accountKey() {
    staging = RANCHER.emulator().control().addEnvironment("Staging");
    twin = RANCHER.emulator().control().addEnvironment("Twin");
    String twin2 = RANCHER.emulator().control().addEnvironment("Twin");
    RANCHER
        .emulator()
        .control()
        .addKey(
            ApiKey.account(
                "account-ak",
                SECRET,
                List.of(RancherEmulator.DEFAULT_PROJECT, staging, twin, twin2)));
  }

  private static CliRun environments(Map<String, String> extra, String... args) {
    Map<String, String> env = new HashMap<>(EmulatorEnv.of(RANCHER.emulator()));
    env.put("RANCHER_ACCESS_KEY", "account-ak");
    env.put("RANCHER_SECRET_KEY", SECRET);
    env.putAll(extra);
    String[] line = new String[args.length + 1];
    line[0] = "environments";
    System.arraycopy(args, 0, line, 1, args.length);
    CliRun run = CliRun.of(env, line);
    assertThat(run.all()).doesNotContain(SECRET).doesNotContain("\tat ");
    return run;
  }

  @Test
  void anAccountKeyListsEveryEnvironmentAndSaysANameIsNeeded() {
    CliRun run = environments(Map.of());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("  1a5 ", "Default", "  " + staging + " ", "Staging", twin)
        .doesNotContain("* ");
    assertThat(run.out().lines().filter(l -> l.contains("Twin"))).hasSize(2);
    assertThat(run.all()).contains("sees 4 environments").contains("--environment");
  }

  @Test
  void theStarMarksTheEnvironmentNamedByFlagOrVariable() throws Exception {
    CliRun byFlag = environments(Map.of(), "--environment", "staging");
    assertThat(byFlag.exitCode()).as(byFlag.toString()).isZero();
    assertThat(byFlag.out()).contains("* " + staging).contains("  1a5 ");
    CliRun byVariable = environments(Map.of("RANCHER_ENVIRONMENT", twin), "-o", "json");
    assertThat(byVariable.exitCode()).as(byVariable.toString()).isZero();
    JsonNode json = ResultJson.MAPPER.readTree(byVariable.out());
    assertThat(json).hasSize(4);
    for (JsonNode environment : json) {
      assertThat(environment.get("current").asBoolean())
          .as(environment.toString())
          .isEqualTo(environment.get("id").asText().equals(twin));
    }
  }

  @Test
  void anUnknownOrAmbiguousNameStillListsAndExits3() {
    CliRun unknown = environments(Map.of(), "--environment", "Prod");
    assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(3);
    assertThat(unknown.out()).contains("Staging").doesNotContain("* ");
    assertThat(unknown.err()).contains("'Prod'").contains("--environment");
    CliRun ambiguous = environments(Map.of("RANCHER_ENVIRONMENT", "Twin"));
    assertThat(ambiguous.exitCode()).as(ambiguous.toString()).isEqualTo(3);
    assertThat(ambiguous.err()).contains("ambiguous").contains("Twin (" + twin + ")");
  }

  @Test
  void anEnvironmentKeyMarksItsOnlyEnvironment() {
    CliRun run = CliRun.of(EmulatorEnv.of(RANCHER.emulator()), "environments");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("* 1a5").contains("Default");
  }
}
