package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.deploy.DeployEvent;
import io.rancherdeploy.core.deploy.DeployListener;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.logs.LogsPlugin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A client on the emulator, short deadlines for tests, and a listener that keeps every event. */
final class EngineHarness {
  static final Timeouts SHORT =
      new Timeouts(
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          Duration.ofSeconds(20));

  private EngineHarness() {}

  /**
   * The emulator at speed 0 with its container logs served, as the engine reads them on a failure.
   */
  static RancherEmulatorExtension emulator() {
    return RancherEmulatorExtension.configure(b -> b.plugin(new LogsPlugin()));
  }

  static RancherClient connect(RancherEmulator emulator) {
    return RancherClient.connect(
        RancherEndpoint.builder(emulator.url())
            .apiKey(ApiKey.of(emulator.accessKey(), emulator.secretKey()))
            .build());
  }

  static DeployOptions.Builder options() {
    return DeployOptions.builder().timeouts(SHORT).healthGrace(Duration.ofMillis(50));
  }

  static final class Events implements DeployListener {
    final List<DeployEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(DeployEvent event) {
      events.add(event);
    }

    List<String> lines() {
      return events.stream()
          .map(
              e ->
                  e instanceof DeployEvent.Progress p
                      ? p.message()
                      : e instanceof DeployEvent.Warning w ? "WARN " + w.message() : e.toString())
          .toList();
    }
  }
}
