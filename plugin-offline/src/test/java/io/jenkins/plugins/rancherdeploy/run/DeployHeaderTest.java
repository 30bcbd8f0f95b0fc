package io.jenkins.plugins.rancherdeploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.Secret;
import io.jenkins.plugins.rancherdeploy.config.JenkinsProxy;
import io.jenkins.plugins.rancherdeploy.config.RancherTarget;
import io.jenkins.plugins.rancherdeploy.config.TargetSelection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lines a deploy starts with: what, where, and per server URL how it is reached. */
class DeployHeaderTest {
  private static final String URLS = "https://rancher-a.internal\nhttps://rancher.example.com";

  private static String header(Optional<JenkinsProxy> proxy) {
    TargetSelection selection =
        new TargetSelection("prod", "Staging", URLS, "1a5", "key", null, false);
    RancherTarget target =
        new RancherTarget(selection, "ak", Secret.fromString("sk-canary"), proxy);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DeployRunner.header(
        Operation.DEPLOY, "web", target, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void eachUrlSaysWhetherItGoesThroughJenkinsProxy() {
    String header =
        header(
            JenkinsProxy.of(
                "proxy.corp", 3128, "jenkins", Secret.fromString("proxy-canary"), "*.internal"));

    assertThat(header.lines())
        .containsExactly(
            "Rancher: deploy of stack 'web' on prod / Staging",
            "Rancher: https://rancher-a.internal directly: rancher-a.internal is a no-proxy host in"
                + " Jenkins' proxy settings",
            "Rancher: https://rancher.example.com through Jenkins' HTTP proxy proxy.corp:3128");
    assertThat(header).doesNotContain("proxy-canary").doesNotContain("sk-canary");
  }

  @Test
  void withoutAProxyNothingIsSaidAboutOne() {
    assertThat(header(Optional.empty()).lines())
        .containsExactly("Rancher: deploy of stack 'web' on prod / Staging");
  }
}
