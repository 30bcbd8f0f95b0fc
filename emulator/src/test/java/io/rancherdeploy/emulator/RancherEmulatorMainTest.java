package io.rancherdeploy.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.http.Api;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RancherEmulatorMainTest {

  @Test
  void startsPrintsTheKeyPairServesAndStops() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    RancherEmulatorMain main = new RancherEmulatorMain();
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true));
    CompletableFuture<Integer> exit;
    try {
      int chosen = port;
      exit =
          CompletableFuture.supplyAsync(
              () ->
                  new CommandLine(main)
                      .execute(
                          "--port",
                          String.valueOf(chosen),
                          "--access-key",
                          "AK",
                          "--secret-key",
                          "SK",
                          "--speed",
                          "0"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!captured.toString().contains("RANCHER_SECRET_KEY") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString())
        .contains("RANCHER_URL=http://127.0.0.1:" + port)
        .contains("RANCHER_ACCESS_KEY=AK")
        .contains("RANCHER_SECRET_KEY=SK");
    assertThat(new Api("http://127.0.0.1:" + port, "AK", "SK").get("/v2-beta").status())
        .isEqualTo(200);

    main.stop();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void halfAKeyPairIsAUsageError() {
    assertThat(new CommandLine(new RancherEmulatorMain()).execute("--access-key", "AK"))
        .isEqualTo(2);
  }
}
