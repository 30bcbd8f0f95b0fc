package io.rancherdeploy.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.cli.CliContext;
import io.rancherdeploy.cli.InvalidInputException;
import io.rancherdeploy.core.api.RancherEndpoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConnectionOptionsTest {
  private static ConnectionOptions parse(Map<String, String> env, String... args) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    ConnectionOptions options = new ConnectionOptions(new CliContext(sink, sink, env, false));
    new CommandLine(options).parseArgs(args);
    return options;
  }

  private static final Map<String, String> ENV =
      Map.of(
          "RANCHER_URL", "http://rancher.example:8080/",
          "RANCHER_ACCESS_KEY", "AKFROMENV",
          "RANCHER_SECRET_KEY", "secret-from-env",
          "RANCHER_ENVIRONMENT", "Dev");

  @Test
  void readsTheSameVariablesAsRancherCompose() {
    RancherEndpoint endpoint = parse(ENV).endpoint();
    assertThat(endpoint.urls()).containsExactly(URI.create("http://rancher.example:8080/"));
    assertThat(endpoint.apiKey().accessKey()).isEqualTo("AKFROMENV");
    assertThat(endpoint.apiKey().secretKey().reveal()).isEqualTo("secret-from-env");
    assertThat(endpoint.environment()).contains("Dev");
    assertThat(endpoint.toString()).doesNotContain("secret-from-env");
  }

  @Test
  void flagsBeatTheEnvironment() {
    RancherEndpoint endpoint =
        parse(
                ENV,
                "--url",
                "https://a.example",
                "--url",
                "https://b.example",
                "--access-key",
                "AKFLAG",
                "--secret-key",
                "flag-secret",
                "--env",
                "1a7")
            .endpoint();
    assertThat(endpoint.urls())
        .containsExactly(URI.create("https://a.example"), URI.create("https://b.example"));
    assertThat(endpoint.apiKey().accessKey()).isEqualTo("AKFLAG");
    assertThat(endpoint.apiKey().secretKey().reveal()).isEqualTo("flag-secret");
    assertThat(endpoint.environment()).contains("1a7");
  }

  @Test
  void everyMissingPieceNamesTheFlagAndTheVariable() {
    assertThatThrownBy(() -> parse(Map.of()).endpoint())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--url")
        .hasMessageContaining("RANCHER_URL");
    assertThatThrownBy(() -> parse(Map.of("RANCHER_URL", "http://r")).endpoint())
        .hasMessageContaining("--access-key")
        .hasMessageContaining("RANCHER_ACCESS_KEY");
    assertThatThrownBy(
            () -> parse(Map.of("RANCHER_URL", "http://r", "RANCHER_ACCESS_KEY", "AK")).endpoint())
        .hasMessageContaining("RANCHER_SECRET_KEY")
        .hasMessageContaining("AK");
    assertThatThrownBy(() -> parse(ENV, "--url", "rancher:8080").endpoint())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("http://rancher.example:8080");
  }
}
