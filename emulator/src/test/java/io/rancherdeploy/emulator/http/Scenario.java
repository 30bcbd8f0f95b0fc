package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulator;
import java.time.Duration;

/** Builds state over HTTP for the route tests (every step checks its own answer). */
final class Scenario {

  static final Duration DEADLINE = Duration.ofSeconds(10);

  private final Api api;
  private final EmulatorControl control;

  Scenario(RancherEmulator emulator) {
    this.api = new Api(emulator);
    this.control = emulator.control();
  }

  String stack(String name) {
    Api.Answer created = api.post("/v2-beta/stacks", "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.body().path("id").asText();
  }

  String service(String stackId, String name, int scale, String launchConfig) {
    Api.Answer created =
        api.post(
            "/v2-beta/services",
            "{\"name\":\""
                + name
                + "\",\"stackId\":\""
                + stackId
                + "\",\"scale\":"
                + scale
                + ",\"launchConfig\":"
                + launchConfig
                + "}");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    String id = created.body().path("id").asText();
    control.awaitState(id, "inactive", DEADLINE);
    return id;
  }

  String activeService(String stackId, String name, int scale, String launchConfig) {
    String id = service(stackId, name, scale, launchConfig);
    Api.Answer activated = api.post("/v2-beta/services/" + id + "/?action=activate", "");
    assertThat(activated.status()).as(activated.body().toString()).isEqualTo(202);
    control.awaitState(id, "active", DEADLINE);
    return id;
  }
}
