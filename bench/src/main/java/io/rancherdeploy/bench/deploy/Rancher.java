package io.rancherdeploy.bench.deploy;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.emulator.RancherEmulator;
import java.net.URI;
import java.time.Duration;

/**
 * The emulator a figure runs against: in this JVM (when the figure reads its journal or listens to
 * its changes) or in its own process (when the figure measures the engine's time or heap, which an
 * emulator simulating hundreds of services in the same JVM would distort).
 */
record Rancher(URI url, String accessKey, String secretKey, String where, AutoCloseable stop)
    implements AutoCloseable {

  /** {@code -Demulator=process} (the default) or {@code -Demulator=inline}. */
  static Rancher start(double speed) {
    String mode = System.getProperty("emulator", "process");
    if (mode.equals("inline")) {
      return inline(speed);
    }
    EmulatorProcess process =
        EmulatorProcess.start(speed, System.getProperty("emulatorHeap", "1g"));
    return new Rancher(
        process.url(),
        process.accessKey(),
        process.secretKey(),
        "emulator in its own process (pid " + process.pid() + ")",
        process);
  }

  static Rancher inline(double speed) {
    RancherEmulator emulator =
        RancherEmulator.builder().port(0).speed(speed).seed(42).hosts(3).start();
    return new Rancher(
        emulator.url(),
        emulator.accessKey(),
        emulator.secretKey(),
        "emulator in the same JVM",
        emulator);
  }

  /** CPU time used by the emulator's own process; zero when it runs in this JVM. */
  Duration emulatorCpu() {
    return stop instanceof EmulatorProcess process ? process.cpu() : Duration.ZERO;
  }

  /** CPU time used by this JVM (the engine, and the emulator when it runs inline). */
  static Duration ownCpu() {
    return Duration.ofNanos(
        ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime());
  }

  RancherClient connect() {
    return RancherClient.connect(
        RancherEndpoint.builder(url).apiKey(ApiKey.of(accessKey, secretKey)).build());
  }

  @Override
  public void close() {
    try {
      stop.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the emulator", e);
    }
  }
}
