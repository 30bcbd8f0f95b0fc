package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceLifecycleTest {

  private static final Duration DEADLINE = Duration.ofSeconds(10);

  @RegisterExtension final RancherEmulatorExtension rancher = RancherEmulatorExtension.create();

  private Api api() {
    return new Api(rancher.emulator());
  }

  private EmulatorControl control() {
    return rancher.emulator().control();
  }

  private String stack(String name) {
    Api.Answer created =
        api()
            .post("/v2-beta/stacks", "{\"links\":null,\"actions\":null,\"name\":\"" + name + "\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.body().path("id").asText();
  }

  private String service(String stackId, String name, int scale, String launchConfig) {
    Api.Answer created =
        api()
            .post(
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
    assertThat(created.body().path("state").asText()).isEqualTo("registering");
    assertThat(created.body().path("transitioning").asText()).isEqualTo("yes");
    return created.body().path("id").asText();
  }

  @Test
  void createActivateRunsScaleContainersNamedAfterStackAndService() {
    String stackId = stack("demo");
    String web =
        service(
            stackId, "web", 2, "{\"imageUuid\":\"docker:nginx:1.13\",\"labels\":{\"a\":\"b\"}}");
    control().awaitState(web, "inactive", DEADLINE);

    Api.Answer activated = api().post("/v2-beta/services/" + web + "/?action=activate", "");
    assertThat(activated.status()).isEqualTo(202);
    assertThat(activated.body().path("state").asText()).isEqualTo("activating");

    control().awaitState(web, "active", DEADLINE);
    JsonNode instances = api().get("/v2-beta/services/" + web + "/instances").data();
    assertThat(instances).hasSize(2);
    assertThat(instances)
        .extracting(c -> c.path("name").asText())
        .containsExactlyInAnyOrder("demo-web-1", "demo-web-2");
    assertThat(instances)
        .allSatisfy(
            c -> {
              assertThat(c.path("state").asText()).isEqualTo("running");
              assertThat(c.path("labels").path("a").asText()).isEqualTo("b");
              assertThat(c.path("labels").path("io.rancher.stack_service.name").asText())
                  .isEqualTo("demo/web");
            });
    assertThat(instances).extracting(c -> c.path("hostId").asText()).doesNotHaveDuplicates();
    JsonNode service = api().get("/v2-beta/services/" + web).body();
    assertThat(service.path("actions").has("upgrade")).isTrue();
    assertThat(service.path("actions").has("activate")).isFalse();
    assertThat(service.path("instanceIds")).hasSize(2);
  }

  @Test
  void upgradeStopsOldContainersFinishRemovesThem() {
    String stackId = stack("demo");
    String web = service(stackId, "web", 2, "{\"imageUuid\":\"docker:nginx:1.13\"}");
    control().awaitState(web, "inactive", DEADLINE);
    api().post("/v2-beta/services/" + web + "/?action=activate", "");
    control().awaitState(web, "active", DEADLINE);
    List<String> old = control().containers(web).stream().map(c -> c.path("id").asText()).toList();

    Api.Answer upgrade =
        api()
            .post(
                "/v2-beta/services/" + web + "/?action=upgrade",
                "{\"inServiceStrategy\":{\"batchSize\":1,\"intervalMillis\":10,\"startFirst\":true,"
                    + "\"launchConfig\":{\"imageUuid\":\"docker:nginx:1.14\"}}}");
    assertThat(upgrade.status()).as(upgrade.body().toString()).isEqualTo(202);
    assertThat(upgrade.body().path("state").asText()).isEqualTo("upgrading");

    control().awaitState(web, "upgraded", DEADLINE);
    assertThat(old)
        .allSatisfy(
            id ->
                assertThat(control().resource(id).orElseThrow().path("state").asText())
                    .isEqualTo("stopped"));
    assertThat(api().get("/v2-beta/services/" + web + "/instances").data()).hasSize(4);

    api().post("/v2-beta/services/" + web + "/?action=finishupgrade", "");
    control().awaitState(web, "active", DEADLINE);
    control()
        .await(old.get(0), "removed", r -> r.path("state").asText().equals("removed"), DEADLINE);
    JsonNode instances = api().get("/v2-beta/services/" + web + "/instances").data();
    assertThat(instances)
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.path("imageUuid").asText()).isEqualTo("docker:nginx:1.14"));
  }

  @Test
  void rollbackRestartsTheOldContainersAndRestoresTheLaunchConfig() {
    String stackId = stack("demo");
    String web = service(stackId, "web", 1, "{\"imageUuid\":\"docker:nginx:1.13\"}");
    control().awaitState(web, "inactive", DEADLINE);
    api().post("/v2-beta/services/" + web + "/?action=activate", "");
    control().awaitState(web, "active", DEADLINE);
    String old = control().containers(web).get(0).path("id").asText();
    api()
        .post(
            "/v2-beta/services/" + web + "/?action=upgrade",
            "{\"inServiceStrategy\":{\"launchConfig\":{\"imageUuid\":\"docker:nginx:1.14\"}}}");
    control().awaitState(web, "upgraded", DEADLINE);
    api().post("/v2-beta/services/" + web + "/?action=rollback", "");

    control().awaitState(web, "active", DEADLINE);
    control().awaitState(old, "running", DEADLINE);
    JsonNode service = api().get("/v2-beta/services/" + web).body();
    assertThat(service.path("launchConfig").path("imageUuid").asText())
        .isEqualTo("docker:nginx:1.13");
  }
}
