package io.rancherdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HTTP_PROXY and NO_PROXY as rancher-compose users set them. The emulator plays the proxy as well:
 * it answers the absolute-form requests a client sends to a proxy, so a server name that does not
 * resolve ({@code rancher.invalid}) is reached only through it.
 */
class ProxyEnvironmentCliTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static final String PASSWORD = "canary-proxy-pw";

  private static Map<String, String> env(String... more) {
    Map<String, String> env = new HashMap<>(EmulatorEnv.of(RANCHER.emulator()));
    env.put("RANCHER_URL", "http://rancher.invalid:8080");
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  private static String proxy() {
    return "http://ci:" + PASSWORD + "@127.0.0.1:" + RANCHER.emulator().url().getPort();
  }

  @Test
  void aServerReachedOnlyThroughTheProxyIsReachedThroughHttpProxy() {
    RANCHER.emulator().control().clearRequests();

    CliRun run = CliRun.of(env("HTTP_PROXY", proxy()), "environments");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("* 1a5");
    assertThat(run.all()).doesNotContain(PASSWORD);
    assertThat(RANCHER.emulator().control().requests()).isNotEmpty();
  }

  @Test
  void noProxyNamesTheServerAndItIsDialledDirectly() {
    CliRun run =
        CliRun.of(env("http_proxy", proxy(), "NO_PROXY", "other.example,.invalid"), "environments");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("rancher.invalid").doesNotContain(PASSWORD);
  }

  @Test
  void aMalformedProxyIsBadInputNamingTheVariableNotItsValue() {
    CliRun run = CliRun.of(env("HTTP_PROXY", "http://ci:" + PASSWORD + "@"), "environments");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("HTTP_PROXY is not an HTTP proxy address");
    assertThat(run.all()).doesNotContain(PASSWORD);
  }
}
