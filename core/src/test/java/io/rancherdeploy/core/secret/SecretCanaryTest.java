package io.rancherdeploy.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.Condition;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.api.ResourceState;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.logs.LogFormat;
import io.rancherdeploy.core.logs.LogLine;
import io.rancherdeploy.core.logs.LogStreamer;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plants canary secrets (the secret key, a variable marked secret) and searches every output the
 * client, the waits and the log streamer produce: exception messages and stack traces, toString,
 * warnings, log lines. The emulator's own request journal may hold them; our outputs may not.
 */
class SecretCanaryTest {
  private static final String ACCESS = "canary-access";
  private static final String SECRET_KEY = "CanarySecretKey-5b0c81e2";
  private static final String SECRET_VAR = "CanaryDbPassword-77aa09";

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER =
      RancherEmulatorExtension.configure(
          b ->
              b.apiKey(ACCESS, SECRET_KEY).plugin(new io.rancherdeploy.emulator.logs.LogsPlugin()));

  private final List<String> outputs = new ArrayList<>();

  private void capture(Supplier<Object> action) {
    try {
      Object result = action.get();
      outputs.add(String.valueOf(result));
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      outputs.add(e.getMessage());
      outputs.add(e.toString());
      outputs.add(trace.toString());
    }
  }

  private RancherEndpoint endpoint(String secret) {
    return RancherEndpoint.builder(RANCHER.emulator().url())
        .apiKey(ApiKey.of(ACCESS, secret))
        .build();
  }

  @Test
  void noOutputHoldsACanary() throws Exception {
    capture(() -> RancherClient.connect(endpoint(SECRET_KEY + "-wrong")));
    capture(
        () ->
            RancherClient.connect(endpoint(SECRET_KEY).toBuilder().environment("nowhere").build()));
    capture(
        () ->
            RancherClient.connect(
                RancherEndpoint.builder(URI.create("http://127.0.0.1:1"))
                    .apiKey(ApiKey.of(ACCESS, SECRET_KEY))
                    .build()));
    capture(() -> endpoint(SECRET_KEY));
    capture(() -> ApiKey.of(ACCESS, SECRET_KEY));
    try (RancherClient client =
        RancherClient.connect(endpoint(SECRET_KEY).toBuilder().insecure(true).build())) {
      outputs.add(client.toString());
      outputs.addAll(client.warnings());
      SecretMasker masker = client.masker().with(Secret.of(SECRET_VAR));
      Stack stack = client.create(ResourceType.STACK, Map.of("name", "canary"));
      Service service =
          client.create(
              ResourceType.SERVICE,
              Map.of(
                  "name",
                  "db",
                  "stackId",
                  stack.id(),
                  "launchConfig",
                  Map.of(
                      "imageUuid",
                      "docker:postgres:9.6",
                      "environment",
                      Map.of("POSTGRES_PASSWORD", SECRET_VAR))));
      outputs.add(service.toString());
      outputs.add(service.describe());
      capture(() -> client.create(ResourceType.STACK, Map.of("name", "canary")));
      capture(() -> client.action(service, "finishupgrade", null));
      capture(
          () -> client.await(service, Condition.of("never", s -> false), Duration.ofMillis(200)));
      Service inactive =
          client.await(service, Condition.state(ResourceState.INACTIVE), Duration.ofSeconds(10));
      Service active =
          client.await(
              client.action(inactive, "activate", null),
              Condition.state(ResourceState.ACTIVE),
              Duration.ofSeconds(10));
      outputs.add(active.toString());
      try (LogStreamer logs =
          LogStreamer.builder(client)
              .services(List.of(active))
              .follow(false)
              .masker(masker)
              .start()) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!logs.isFinished() && System.nanoTime() < until) {
          Optional<LogLine> line = logs.poll(Duration.ofMillis(100));
          line.ifPresent(
              l -> {
                outputs.add(LogFormat.PREFIXED.withTimestamps(true).format(l));
                outputs.add(l.toString());
              });
        }
      }
      // Whatever a front end prints goes through a masking writer: the canaries never come out of
      // it.
      StringWriter printed = new StringWriter();
      try (MaskingWriter writer = new MaskingWriter(printed, masker)) {
        for (String output : outputs) {
          writer.write(output + "\n");
        }
        writer.write("planted: " + SECRET_KEY + " " + SECRET_VAR + " " + basic() + "\n");
      }
      assertThat(printed.toString())
          .doesNotContain(SECRET_KEY)
          .doesNotContain(SECRET_VAR)
          .doesNotContain(basic())
          .contains("planted: **** **** ****");
    }
    // Our own outputs never hold the secret key or its Basic form, even before masking.
    assertThat(outputs).hasSizeGreaterThan(10);
    for (String output : outputs) {
      assertThat(output)
          .doesNotContain(SECRET_KEY)
          .doesNotContain(basic())
          .doesNotContain(SECRET_VAR);
    }
    // The canaries did reach the server, so the search above looked where they could have leaked.
    assertThat(RANCHER.emulator().control().requests())
        .anySatisfy(r -> assertThat(r.body()).contains(SECRET_VAR));
  }

  private static String basic() {
    return Base64.getEncoder()
        .encodeToString((ACCESS + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));
  }
}
