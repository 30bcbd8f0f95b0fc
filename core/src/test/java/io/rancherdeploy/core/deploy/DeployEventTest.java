package io.rancherdeploy.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeployEventTest {
  private static final Instant NOW = Instant.EPOCH;

  @Test
  void aMessageThatNamesItsServiceIsPrintedAsItIs() {
    var progress =
        new DeployEvent.Progress(NOW, Optional.of("web"), "[1/2] [web]: Started (0.4 s)");
    assertThat(progress.line()).isEqualTo("[1/2] [web]: Started (0.4 s)");
  }

  @Test
  void otherMessagesGetTheirServiceInFront() {
    assertThat(new DeployEvent.Progress(NOW, Optional.of("web"), "Pulling on host1").line())
        .isEqualTo("[web]: Pulling on host1");
    assertThat(new DeployEvent.Warning(NOW, Optional.of("lb"), "key ignored").line())
        .isEqualTo("[lb]: key ignored");
  }

  @Test
  void stackWideMessagesHaveNoPrefix() {
    assertThat(new DeployEvent.Progress(NOW, Optional.empty(), "Deploy succeeded").line())
        .isEqualTo("Deploy succeeded");
  }
}
