package io.jenkins.plugins.rancherdeploy;

import hudson.ProxyConfiguration;
import hudson.model.Result;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Jenkins' HTTP proxy as a real Jenkins holds it: the deploy uses it (a proxy that is not there
 * fails the deploy) unless the Rancher host is a no-proxy host. The way through a working proxy is
 * tested offline (plugin-offline's ProxyEmulatorTest).
 */
@WithJenkins
class JenkinsProxyDeployTest {
  private static final String PASSWORD = "canary-proxy-password";

  private EmulatorFixture emulator;

  @BeforeEach
  void start() {
    emulator = new EmulatorFixture();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static WorkflowJob job(JenkinsRule j, String name) throws Exception {
    WorkflowJob p = j.jenkins.createProject(WorkflowJob.class, name);
    p.setDefinition(
        new CpsFlowDefinition(
            "node {\n  writeFile file: 'docker-compose.yml', text: '''"
                + EmulatorFixture.COMPOSE.replace("$", "\\$")
                + "'''\n  rancherDeploy stack: '"
                + name
                + "', environment: 'Default', createStack: true, healthGrace: '1s', variables:"
                + " 'TAG=1'\n"
                + "}",
            true));
    return p;
  }

  @Test
  void theDeployGoesThroughJenkinsProxy(JenkinsRule j) throws Exception {
    emulator.configure();
    int port = closedPort();
    j.jenkins.setProxy(new ProxyConfiguration("127.0.0.1", port, "jenkins", PASSWORD));

    WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job(j, "via-missing-proxy"));

    j.assertLogContains("through Jenkins' HTTP proxy 127.0.0.1:" + port, run);
    j.assertLogNotContains(PASSWORD, run);
  }

  @Test
  void aNoProxyHostGoesDirectly(JenkinsRule j) throws Exception {
    emulator.configure();
    j.jenkins.setProxy(
        new ProxyConfiguration(
            "127.0.0.1", closedPort(), "jenkins", PASSWORD, "rancher.example.com, 127.0.0.*"));

    WorkflowRun run = j.buildAndAssertSuccess(job(j, "direct"));

    j.assertLogContains("is a no-proxy host in Jenkins' proxy settings", run);
  }
}
