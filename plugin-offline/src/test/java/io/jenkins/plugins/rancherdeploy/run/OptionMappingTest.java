package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Strategy;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.core.deploy.VerifyProbe;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionMappingTest {
  @Test
  void noParametersGiveTheEnginesSafeDefaults() {
    DeployOptions options = OptionMapping.toOptions(new DeploySettings());

    DeployOptions defaults = DeployOptions.defaults();
    assertThat(options.strategy()).isEqualTo(defaults.strategy());
    assertThat(options.finish()).isTrue();
    assertThat(options.onFailure()).isEqualTo(OnFailure.ROLLBACK);
    assertThat(options.createStack()).isFalse();
    assertThat(options.timeouts()).isEqualTo(Timeouts.DEFAULTS);
    assertThat(options.batchSize()).isEmpty();
    assertThat(options.startFirst()).isEmpty();
    assertThat(OptionMapping.busyPolicy(new DeploySettings())).isEqualTo(BusyPolicy.WAIT);
  }

  @Test
  void everyParameterReachesItsEngineOption() {
    DeploySettings s = new DeploySettings();
    s.setStrategy("recreate");
    s.setServices("web, worker db");
    s.setForce(true);
    s.setBatchSize(2);
    s.setInterval("500ms");
    s.setStartFirst(true);
    s.setFinish(false);
    s.setOnFailure("leave");
    s.setLeftoverUpgrade("fail");
    s.setTimeout("1h");
    s.setUpgradeTimeout("7m");
    s.setHealthTimeout("90");
    s.setRollbackTimeout("2m");
    s.setHealthGrace("3s");
    s.setParallelism(2);
    s.setPrune(true);
    s.setPull(true);
    s.setFollowLogs(true);
    s.setCreateStack(true);
    s.setVerifyUrl("https://app.example.com/health");
    s.setVerifyMaxFailures(2);
    s.setVerifyInterval("250ms");
    s.setVerifyStatus(204);
    s.setVerifyMinRequests(5);
    s.setImages("web=registry/app:42");
    s.setWhenBusy("fail");

    DeployOptions o = OptionMapping.toOptions(s);

    assertThat(o.strategy()).isEqualTo(Strategy.RECREATE);
    assertThat(o.services()).containsExactlyInAnyOrder("web", "worker", "db");
    assertThat(o.force()).isTrue();
    assertThat(o.batchSize()).contains(2);
    assertThat(o.interval()).contains(Duration.ofMillis(500));
    assertThat(o.startFirst()).contains(true);
    assertThat(o.finish()).isFalse();
    assertThat(o.onFailure()).isEqualTo(OnFailure.LEAVE);
    assertThat(o.leftoverUpgrade()).isEqualTo(LeftoverUpgrade.FAIL);
    assertThat(o.timeouts().overall()).isEqualTo(Duration.ofHours(1));
    assertThat(o.timeouts().upgrade()).isEqualTo(Duration.ofMinutes(7));
    assertThat(o.timeouts().health()).isEqualTo(Duration.ofSeconds(90));
    assertThat(o.timeouts().rollback()).isEqualTo(Duration.ofMinutes(2));
    assertThat(o.healthGrace()).isEqualTo(Duration.ofSeconds(3));
    assertThat(o.parallelism()).isEqualTo(2);
    assertThat(o.prune()).isTrue();
    assertThat(o.pull()).isTrue();
    assertThat(o.followLogs()).isTrue();
    assertThat(o.createStack()).isTrue();
    assertThat(o.verify())
        .hasValueSatisfying(
            v -> {
              assertThat(v.url()).isEqualTo(URI.create("https://app.example.com/health"));
              assertThat(v.maxFailures()).isEqualTo(2);
              assertThat(v.interval()).isEqualTo(Duration.ofMillis(250));
              assertThat(v.expectedStatus()).isEqualTo(204);
              assertThat(v.minRequests()).isEqualTo(5);
            });
    assertThat(o.images()).containsEntry("web", "registry/app:42");
    assertThat(OptionMapping.busyPolicy(s)).isEqualTo(BusyPolicy.FAIL);
  }

  @Test
  void theVerifyProbeKeepsTheEnginesDefaultsAndNamesABadValue() {
    DeploySettings s = new DeploySettings();
    s.setVerifyUrl("http://lb/");
    assertThat(OptionMapping.toOptions(s).verify())
        .contains(VerifyProbe.of(URI.create("http://lb/")));

    s.setVerifyStatus(42);
    assertThatThrownBy(() -> OptionMapping.toOptions(s))
        .hasMessage("verifyStatus must be an HTTP status (100-599), got 42");
    s.setVerifyStatus(null);
    s.setVerifyMaxFailures(-1);
    assertThatThrownBy(() -> OptionMapping.toOptions(s))
        .hasMessage("verifyMaxFailures must be 0 or more, got -1");
    s.setVerifyMaxFailures(null);
    s.setVerifyMinRequests(-2);
    assertThatThrownBy(() -> OptionMapping.toOptions(s))
        .hasMessage("verifyMinRequests must be at least 1, got -2");
    s.setVerifyMinRequests(null);
    s.setVerifyInterval("0s");
    assertThatThrownBy(() -> OptionMapping.toOptions(s))
        .hasMessage("verifyInterval must be longer than zero, e.g. 1s");
  }

  @Test
  void choicesAcceptAnyCaseAndDashes() {
    DeploySettings s = new DeploySettings();
    s.setStrategy("Rolling");
    s.setOnFailure("ROLLBACK");
    assertThat(OptionMapping.toOptions(s).strategy()).isEqualTo(Strategy.ROLLING);
  }

  @Test
  void aBadChoiceNamesTheParameterAndWhatItAccepts() {
    DeploySettings s = new DeploySettings();
    s.setStrategy("blue-green");
    assertThatThrownBy(() -> OptionMapping.toOptions(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strategy: 'blue-green' is not one of up, rolling, recreate");
  }

  @Test
  void aBadDurationNamesTheParameterAndTheSyntax() {
    DeploySettings s = new DeploySettings();
    s.setHealthTimeout("five minutes");
    assertThatThrownBy(() -> OptionMapping.toOptions(s))
        .hasMessageStartingWith("healthTimeout: 'five minutes'")
        .hasMessageContaining("500ms, 30s, 5m, 1h");
  }

  @Test
  void numbersBelowOneAreRejectedWithTheirName() {
    DeploySettings s = new DeploySettings();
    s.setBatchSize(-1);
    assertThatThrownBy(() -> OptionMapping.toOptions(s))
        .hasMessage("batchSize must be at least 1, got -1");
    s.setBatchSize(0);
    assertThat(OptionMapping.toOptions(s).batchSize()).as("an empty form field").isEmpty();
  }

  @Test
  void aVerifyUrlMustBeAbsoluteHttp() {
    DeploySettings s = new DeploySettings();
    s.setVerifyUrl("app.example.com/health");
    assertThatThrownBy(() -> OptionMapping.toOptions(s)).hasMessageStartingWith("verifyUrl: ");
  }

  @Test
  void aBlankFilesParameterMeansTheDefaultComposeFile() {
    DeploySettings s = new DeploySettings();
    s.setFiles("  ");
    assertThat(s.getFiles()).isEqualTo("docker-compose.yml");
  }

  @Test
  void durationsTakeUnitsOrSeconds() {
    assertThat(OptionMapping.duration("x", "90")).isEqualTo(Duration.ofSeconds(90));
    assertThat(OptionMapping.duration("x", "250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(OptionMapping.duration("x", "2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(OptionMapping.duration("x", "1H")).isEqualTo(Duration.ofHours(1));
  }
}
