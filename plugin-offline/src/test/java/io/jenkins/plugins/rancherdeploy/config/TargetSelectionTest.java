package io.jenkins.plugins.rancherdeploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetSelectionTest {
  private static RancherServer server(
      String name, String credentialsId, RancherEnvironment... environments) {
    RancherServer server = new RancherServer(name, "https://" + name + ".example.com");
    server.setCredentialsId(credentialsId);
    server.setEnvironments(List.of(environments));
    return server;
  }

  private static RancherEnvironment env(String name, String project, String credentialsId) {
    RancherEnvironment env = new RancherEnvironment(name, project);
    env.setCredentialsId(credentialsId);
    return env;
  }

  private final List<RancherServer> one =
      List.of(
          server(
              "main",
              "main-key",
              env("Staging", "1a5", null),
              env("Prod", "Production", "prod-key")));

  @Test
  void anEnvironmentPicksItsProjectAndTheServersCredential() {
    TargetSelection t = TargetSelection.select(one, null, "Staging", null, null);
    assertThat(t)
        .isEqualTo(
            new TargetSelection(
                "main", "Staging", "https://main.example.com", "1a5", "main-key", null, false));
    assertThat(t.lockPrefix()).isEqualTo("main/Staging");
  }

  @Test
  void anEnvironmentsOwnCredentialWinsAndAStepsCredentialWinsOverBoth() {
    assertThat(TargetSelection.select(one, null, "Prod", null, null).credentialsId())
        .isEqualTo("prod-key");
    assertThat(TargetSelection.select(one, null, "Prod", null, "override").credentialsId())
        .isEqualTo("override");
  }

  @Test
  void anUnknownEnvironmentListsTheConfiguredOnes() {
    assertThatThrownBy(() -> TargetSelection.select(one, null, "QA", null, null))
        .hasMessageContaining("no environment 'QA'")
        .hasMessageContaining("Staging, Prod");
  }

  @Test
  void severalServersNeedAName() {
    List<RancherServer> two = List.of(server("eu", "k"), server("us", "k"));
    assertThatThrownBy(() -> TargetSelection.select(two, null, null, null, null))
        .hasMessageContaining("several Rancher servers are configured (eu, us)");
    assertThat(TargetSelection.select(two, "us", null, null, null).urls())
        .isEqualTo("https://us.example.com");
    assertThatThrownBy(() -> TargetSelection.select(two, "asia", null, null, null))
        .hasMessageContaining("no Rancher server named 'asia'");
  }

  @Test
  void anInlineUrlNeedsACredential() {
    assertThatThrownBy(
            () -> TargetSelection.select(List.of(), null, null, "https://r.example.com", null))
        .hasMessageContaining("credentialsId");
    TargetSelection inline =
        TargetSelection.select(List.of(), null, "1a7", "https://r.example.com", "k");
    assertThat(inline.project()).isEqualTo("1a7");
    assertThat(inline.server()).isEqualTo("https://r.example.com");
  }

  @Test
  void noServerAndNoUrlSaysWhereToConfigureOne() {
    assertThatThrownBy(() -> TargetSelection.select(List.of(), null, "Staging", null, null))
        .hasMessageContaining("Manage Jenkins");
  }

  @Test
  void aServerWithoutAnyCredentialSaysWhichToSet() {
    List<RancherServer> bare = List.of(server("bare", null, env("Dev", "", null)));
    assertThatThrownBy(() -> TargetSelection.select(bare, null, "Dev", null, null))
        .hasMessageContaining("no credential for Rancher server 'bare', environment 'Dev'");
  }

  @Test
  void serverUrlsMustBeBaseUrls() {
    assertThatThrownBy(() -> ServerUrls.parse("https://r.example.com/v2-beta"))
        .hasMessageContaining("without /v1 or /v2-beta");
    assertThatThrownBy(() -> ServerUrls.parse("r.example.com"))
        .hasMessageContaining("absolute http");
    assertThat(ServerUrls.parse("https://a.example.com/\nhttps://b.example.com")).hasSize(2);
  }
}
