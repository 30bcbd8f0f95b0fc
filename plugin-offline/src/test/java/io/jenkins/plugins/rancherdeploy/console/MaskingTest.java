package io.jenkins.plugins.rancherdeploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.logs.LogLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaskingTest {
  private static final String ACCESS = "ACCESSKEY123";
  private static final String SECRET = "s3cr3t-canary-value";

  @Test
  void theSecretAndTheBasicAuthFormAreMasked() {
    SecretPattern pattern = SecretPattern.of(List.of(SECRET), ACCESS, SECRET);
    String basic =
        Base64.getEncoder()
            .encodeToString((ACCESS + ":" + SECRET).getBytes(StandardCharsets.UTF_8));

    assertThat(pattern.mask("key " + SECRET + " auth Basic " + basic))
        .isEqualTo("key **** auth Basic ****");
    assertThat(pattern.toString()).doesNotContain(SECRET);
  }

  @Test
  void theWithRancherFilterMasksEveryLineTheBodyPrints() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    MaskingConsoleLogFilter filter =
        new MaskingConsoleLogFilter(SecretPattern.of(List.of(SECRET), ACCESS, SECRET));

    try (OutputStream out = filter.decorateLogger((hudson.model.Run<?, ?>) null, log)) {
      out.write(
          ("+ rancher-compose --secret-key " + SECRET + "\nplain line\n")
              .getBytes(StandardCharsets.UTF_8));
    }

    assertThat(log.toString(StandardCharsets.UTF_8))
        .isEqualTo("+ rancher-compose --secret-key ****\nplain line\n");
  }

  @Test
  void theFilterSurvivesSerializationAsPipelineStateDoes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(
          new MaskingConsoleLogFilter(SecretPattern.of(List.of(SECRET), ACCESS, SECRET)));
    }
    MaskingConsoleLogFilter copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (MaskingConsoleLogFilter) in.readObject();
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (OutputStream out = copy.decorateLogger((hudson.model.Run<?, ?>) null, log)) {
      out.write((SECRET + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).isEqualTo("****\n");
  }

  @Test
  void engineEventsArePrintedAsRancherComposeDoesWithContainerPrefixes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleDeployListener listener =
        new ConsoleDeployListener(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Instant now = Instant.now();

    listener.onEvent(new DeployEvent.Progress(now, Optional.of("web"), "Upgrading"));
    listener.onEvent(
        new DeployEvent.Progress(now, Optional.of("web"), "[1/1] [web]: Started (0.4 s)"));
    listener.onEvent(new DeployEvent.Warning(now, Optional.empty(), "stack created"));
    listener.onEvent(
        new DeployEvent.ContainerLog(
            now,
            new LogLine(
                "web",
                "stack-web-1",
                LogLine.Stream.STDOUT,
                Optional.empty(),
                "listening on 5000")));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "[web]: Upgrading",
            "[1/1] [web]: Started (0.4 s)",
            "WARNING: stack created",
            "[web/stack-web-1] listening on 5000");
  }
}
