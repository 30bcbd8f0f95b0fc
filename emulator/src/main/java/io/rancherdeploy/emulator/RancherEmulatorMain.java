package io.rancherdeploy.emulator;

import io.rancherdeploy.emulator.config.ConfigException;
import io.rancherdeploy.emulator.config.EmulatorConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar rancher-emulator.jar --port 8080 [--access-key A --secret-key S] [--config FILE]
 * [--speed 1]}: starts the emulator on 127.0.0.1, prints the URL and the environment key pair, and
 * runs until Ctrl-C. The CLI's {@code emulator} command reuses it ({@code new CommandLine(new
 * RancherEmulatorMain()).execute(args)}).
 */
@Command(
    name = "rancher-emulator",
    mixinStandardHelpOptions = true,
    description = "A Rancher 1.6 API server emulator (HTTP and websockets) on 127.0.0.1.")
public final class RancherEmulatorMain implements Callable<Integer> {

  @Option(
      names = "--port",
      description = "TCP port on 127.0.0.1 (0 = any free port). Default: ${DEFAULT-VALUE}")
  int port = 8080;

  @Option(
      names = "--access-key",
      description = "Access key of the Default environment's key (generated if absent)")
  String accessKey;

  @Option(
      names = "--secret-key",
      description = "Secret key of the Default environment's key (generated if absent)")
  String secretKey;

  @Option(
      names = "--config",
      description = "YAML file: environments, keys, hosts, images' behaviours, faults")
  Path config;

  @Option(
      names = "--speed",
      description =
          "Factor on every simulated delay: 0 = instant, 1 = realistic. Default: 1 (or the"
              + " config's)")
  Double speed;

  @Option(
      names = "--seed",
      description = "Seed of random faults and generated keys. Default: 0 (or the config's)")
  Long seed;

  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  public static void main(String[] args) {
    System.exit(new CommandLine(new RancherEmulatorMain()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    if ((accessKey == null) != (secretKey == null)) {
      err.println("--access-key and --secret-key go together: give both or neither");
      return 2;
    }
    EmulatorConfig settings;
    try {
      settings =
          Optional.ofNullable(config).map(EmulatorConfig::load).orElseGet(EmulatorConfig::empty);
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return 2;
    }
    RancherEmulator.Builder builder = settings.configure(RancherEmulator.builder().port(port));
    Optional.ofNullable(speed).ifPresent(builder::speed);
    Optional.ofNullable(seed).ifPresent(builder::seed);
    if (accessKey != null) {
      builder.apiKey(accessKey, secretKey);
    }
    try (RancherEmulator emulator = builder.start()) {
      settings.apply(emulator);
      Thread hook = new Thread(this::stopAndWait, "rancher-emulator-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println(
          "Rancher emulator listening on "
              + emulator.url()
              + " (API "
              + emulator.url()
              + "/v2-beta)");
      out.println("RANCHER_URL=" + emulator.url());
      out.println("RANCHER_ACCESS_KEY=" + emulator.accessKey());
      out.println("RANCHER_SECRET_KEY=" + emulator.secretKey());
      out.println("Press Ctrl-C to stop.");
      stop.await();
      out.println("Rancher emulator stopped.");
      return 0;
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IllegalStateException | IllegalArgumentException e) {
      err.println("The emulator did not start: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    } finally {
      stopped.countDown();
    }
  }

  /** Ctrl-C: let {@link #call()} close the emulator before the JVM halts (bounded). */
  private void stopAndWait() {
    stop.countDown();
    try {
      stopped.await(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops a running {@link #call()} (as Ctrl-C does); for embedding, e.g. the CLI and tests. */
  public void stop() {
    stop.countDown();
  }
}
