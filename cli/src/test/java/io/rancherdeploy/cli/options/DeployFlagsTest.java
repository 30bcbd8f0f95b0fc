package io.rancherdeploy.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.cli.InvalidInputException;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Strategy;
import io.rancherdeploy.core.deploy.Timeouts;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

class DeployFlagsTest {
  @Command(name = "probe")
  static final class Probe {
    @Mixin DeployFlags flags;
    @Mixin TimeoutOptions timeouts;
    @Parameters List<String> services = new ArrayList<>();
  }

  private static DeployOptions parse(String... args) {
    Probe probe = new Probe();
    new CommandLine(probe).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    return probe.flags.toDeployOptions(probe.services, probe.timeouts.timeouts());
  }

  @Test
  void withoutFlagsItIsRancherComposeUpWithSafeDefaults() {
    DeployOptions options = parse();
    assertThat(options.strategy()).isEqualTo(Strategy.UP);
    assertThat(options.finish()).isTrue();
    assertThat(options.onFailure()).isEqualTo(OnFailure.ROLLBACK);
    assertThat(options.leftoverUpgrade()).isEqualTo(LeftoverUpgrade.FINISH);
    assertThat(options.createStack()).isFalse();
    assertThat(options.timeouts()).isEqualTo(Timeouts.DEFAULTS);
    assertThat(options.services()).isEmpty();
    assertThat(options.verify()).isEmpty();
  }

  @Test
  void mapsEveryUpgradeFlag() {
    DeployOptions options =
        parse(
            "--force-upgrade",
            "--batch-size",
            "3",
            "--interval",
            "1500",
            "--start-first",
            "--pull",
            "--create-stack",
            "--no-finish",
            "--on-failure",
            "leave",
            "--leftover-upgrade",
            "ROLLBACK",
            "--parallelism",
            "2",
            "--prune",
            "--follow-logs",
            "--health-grace",
            "20s",
            "--image",
            "web=smoll/flask-nanoservice:1.0",
            "--verify-url",
            "http://lb.example/",
            "--verify-max-failures",
            "2",
            "--verify-interval",
            "500ms",
            "--verify-status",
            "204",
            "--verify-min-requests",
            "5",
            "--timeout",
            "5m",
            "--health-timeout",
            "90s",
            "web",
            "worker");
    assertThat(options.strategy()).isEqualTo(Strategy.ROLLING);
    assertThat(options.force()).isTrue();
    assertThat(options.batchSize()).contains(3);
    assertThat(options.interval()).contains(Duration.ofMillis(1500));
    assertThat(options.startFirst()).contains(true);
    assertThat(options.pull()).isTrue();
    assertThat(options.createStack()).isTrue();
    assertThat(options.finish()).isFalse();
    assertThat(options.onFailure()).isEqualTo(OnFailure.LEAVE);
    assertThat(options.leftoverUpgrade()).isEqualTo(LeftoverUpgrade.ROLLBACK);
    assertThat(options.parallelism()).isEqualTo(2);
    assertThat(options.prune()).isTrue();
    assertThat(options.followLogs()).isTrue();
    assertThat(options.healthGrace()).isEqualTo(Duration.ofSeconds(20));
    assertThat(options.images()).containsEntry("web", "smoll/flask-nanoservice:1.0");
    assertThat(options.verify())
        .hasValueSatisfying(
            probe -> {
              assertThat(probe.url()).isEqualTo(URI.create("http://lb.example/"));
              assertThat(probe.maxFailures()).isEqualTo(2);
              assertThat(probe.interval()).isEqualTo(Duration.ofMillis(500));
              assertThat(probe.expectedStatus()).isEqualTo(204);
              assertThat(probe.minRequests()).isEqualTo(5);
            });
    assertThat(options.timeouts().overall()).isEqualTo(Duration.ofMinutes(5));
    assertThat(options.timeouts().health()).isEqualTo(Duration.ofSeconds(90));
    assertThat(options.timeouts().upgrade()).isEqualTo(Timeouts.DEFAULTS.upgrade());
    assertThat(options.services()).containsExactlyInAnyOrder("web", "worker");
  }

  @Test
  void upgradeAndRecreateAreTheirOwnStrategies() {
    assertThat(parse("-u").strategy()).isEqualTo(Strategy.ROLLING);
    assertThat(parse("-u").force()).isFalse();
    assertThat(parse("--recreate").strategy()).isEqualTo(Strategy.RECREATE);
    assertThat(parse("--interval", "2s").interval()).contains(Duration.ofSeconds(2));
    assertThat(parse("--no-start-first").startFirst()).contains(false);
  }

  @Test
  void contradictionsAndImpossibleValuesAreInvalidInput() {
    assertThatThrownBy(() -> parse("--recreate", "-u"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("choose one");
    assertThatThrownBy(() -> parse("--batch-size", "0"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("batchSize");
    assertThatThrownBy(() -> parse("--timeout", "0s"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("longer than zero");
    assertThatThrownBy(() -> parse("--verify-url", "lb.example"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("http://");
    assertThatThrownBy(() -> parse("--verify-url", "http://lb/", "--verify-min-requests", "0"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--verify-min-requests must be 1 or more, got 0.");
    assertThatThrownBy(() -> parse("--verify-url", "http://lb/", "--verify-status", "42"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--verify-status must be an HTTP status (100-599), got 42.");
    assertThatThrownBy(() -> parse("--on-failure", "pray"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("ROLLBACK");
  }
}
