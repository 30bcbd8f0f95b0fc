package io.rancherdeploy.core.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine tests' shared fixture, in a static {@code @RegisterExtension} field: the emulator as
 * {@link EngineHarness#emulator()} starts it and one client on it for the whole class, closed
 * before the emulator stops; and a stack deployed fresh as the starting point of a test.
 */
final class EngineFixture implements BeforeAllCallback, AfterAllCallback {
  private final RancherEmulatorExtension rancher = EngineHarness.emulator();
  private RancherClient client;

  @Override
  public void beforeAll(ExtensionContext context) {
    rancher.beforeAll(context);
    client = EngineHarness.connect(rancher.emulator());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      client.close();
    } finally {
      rancher.afterAll(context);
    }
  }

  RancherClient client() {
    return client;
  }

  RancherEmulator emulator() {
    return rancher.emulator();
  }

  EmulatorControl control() {
    return rancher.emulator().control();
  }

  /** An engine on the client, after a first deploy that creates the stack and must succeed. */
  DeployEngine deployed(String stack, Desired... services) {
    DeployEngine engine = new DeployEngine(client);
    DeployResult first =
        engine.deploy(
            stack,
            Desired.all(services),
            EngineHarness.options().createStack(true).build(),
            e -> {});
    assertThat(first.outcome())
        .as(first.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    return engine;
  }
}
