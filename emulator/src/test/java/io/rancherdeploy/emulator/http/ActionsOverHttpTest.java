package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActionsOverHttpTest {

  @RegisterExtension final RancherEmulatorExtension rancher = RancherEmulatorExtension.create();

  private Api api() {
    return new Api(rancher.emulator());
  }

  private EmulatorControl control() {
    return rancher.emulator().control();
  }

  @Test
  void containerStartRestartStopAndDeleteOfAnInactiveService() {
    Scenario scenario = new Scenario(rancher.emulator());
    String web =
        scenario.activeService(
            scenario.stack("demo"), "web", 1, "{\"imageUuid\":\"docker:nginx\"}");
    String container = control().containers(web).get(0).path("id").asText();
    JsonNode running = api().get("/v2-beta/containers/" + container).body();
    assertThat(running.path("actions").has("stop")).isTrue();
    assertThat(running.path("actions").has("logs")).isTrue();
    assertThat(running.path("actions").has("start")).isFalse();
    api().post("/v2-beta/services/" + web + "/?action=deactivate", "");
    control().awaitState(web, "inactive", Scenario.DEADLINE);
    assertThat(api().post("/v2-beta/instances/" + container + "/?action=stop", "").status())
        .isEqualTo(422);

    assertThat(api().post("/v2-beta/containers/" + container + "/?action=start", "").status())
        .isEqualTo(202);
    control().awaitState(container, "running", Scenario.DEADLINE);
    assertThat(api().post("/v2-beta/containers/" + container + "/?action=restart", "").status())
        .isEqualTo(202);
    control()
        .await(
            container,
            "restarted",
            c -> c.path("startCount").asInt() == 3 && c.path("state").asText().equals("running"),
            Scenario.DEADLINE);
    assertThat(api().post("/v2-beta/containers/" + container + "/?action=stop", "").status())
        .isEqualTo(202);
    control().awaitState(container, "stopped", Scenario.DEADLINE);

    assertThat(api().delete("/v2-beta/containers/" + container).status()).isEqualTo(200);
    control().awaitState(container, "removed", Scenario.DEADLINE);
  }

  @Test
  void anActiveServiceRestartsAStoppedContainerAndReplacesADeletedOne() {
    Scenario scenario = new Scenario(rancher.emulator());
    String web =
        scenario.activeService(
            scenario.stack("demo"), "web", 1, "{\"imageUuid\":\"docker:nginx\"}");
    String container = control().containers(web).get(0).path("id").asText();

    assertThat(api().post("/v2-beta/containers/" + container + "/?action=stop", "").status())
        .isEqualTo(202);
    control()
        .await(
            container,
            "started again",
            c -> c.path("startCount").asInt() == 2 && c.path("state").asText().equals("running"),
            Scenario.DEADLINE);

    assertThat(api().delete("/v2-beta/containers/" + container).status()).isEqualTo(200);
    control()
        .await(
            web,
            "replaced its container",
            s ->
                s.path("instanceIds").size() == 1
                    && !s.path("instanceIds").get(0).asText().equals(container),
            Scenario.DEADLINE);
  }

  @Test
  void loadBalancerServicesAndPortRules() {
    Scenario scenario = new Scenario(rancher.emulator());
    String stack = scenario.stack("demo");
    String web = scenario.service(stack, "web", 1, "{\"imageUuid\":\"docker:nginx\"}");

    Api.Answer lb =
        api()
            .post(
                "/v2-beta/loadbalancerservices",
                "{\"name\":\"lb\",\"stackId\":\""
                    + stack
                    + "\",\"launchConfig\":{\"imageUuid\":\"docker:rancher/lb-service-haproxy:v0.9.14\",\"ports\":[\"80:80/tcp\"]},"
                    + "\"lbConfig\":{\"portRules\":[{\"sourcePort\":80,\"targetPort\":80,\"serviceId\":\""
                    + web
                    + "\",\"protocol\":\"http\"}]}}");

    assertThat(lb.status()).as(lb.body().toString()).isEqualTo(201);
    assertThat(lb.body().path("type").asText()).isEqualTo("loadBalancerService");
    assertThat(lb.body().path("baseType").asText()).isEqualTo("service");
    assertThat(lb.body().path("links").path("self").asText()).contains("/loadbalancerservices/");
    assertThat(api().get("/v2-beta/loadbalancerservices").data()).hasSize(1);
    assertThat(api().get("/v2-beta/services").data()).hasSize(2);
    assertThat(
            api()
                .get("/v2-beta/services/" + lb.body().path("id").asText())
                .body()
                .path("lbConfig")
                .path("portRules")
                .get(0)
                .path("serviceId")
                .asText())
        .isEqualTo(web);
  }

  @Test
  void stackActionsAndDeleteOverHttp() {
    Scenario scenario = new Scenario(rancher.emulator());
    String stack = scenario.stack("demo");
    String web = scenario.service(stack, "web", 1, "{\"imageUuid\":\"docker:nginx\"}");
    control().awaitState(stack, "active", Scenario.DEADLINE);

    Api.Answer activate = api().post("/v2-beta/stacks/" + stack + "/?action=activateservices", "");
    assertThat(activate.status()).isEqualTo(202);
    control().awaitState(web, "active", Scenario.DEADLINE);
    Api.Answer export = api().post("/v2-beta/stacks/" + stack + "/?action=exportconfig", "");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body().path("dockerComposeConfig").asText()).contains("web:");
    assertThat(api().post("/v2-beta/stacks/" + stack + "/?action=finishupgrade", "").status())
        .isEqualTo(422);

    Api.Answer removing = api().delete("/v2-beta/stacks/" + stack);
    assertThat(removing.status()).isEqualTo(200);
    assertThat(removing.body().path("state").asText()).isEqualTo("removing");
    control().awaitState(stack, "removed", Scenario.DEADLINE);
    assertThat(api().get("/v2-beta/stacks?name=demo&removed_null=1").data()).isEmpty();
    assertThat(api().get("/v2-beta/services/" + web).body().path("state").asText())
        .isEqualTo("removed");
    assertThat(api().delete("/v2-beta/stacks/" + stack).status()).isEqualTo(405);
  }

  @Test
  void pullTasksFinishWithAStatusPerHost() {
    Api.Answer task =
        api().post("/v2-beta/pulltasks", "{\"image\":\"docker:nginx:1.13\",\"mode\":\"all\"}");
    assertThat(task.status()).isEqualTo(201);
    assertThat(task.body().path("transitioning").asText()).isEqualTo("yes");
    JsonNode done =
        control().awaitState(task.body().path("id").asText(), "active", Scenario.DEADLINE);
    assertThat(done.path("status").size()).isEqualTo(3);
  }

  @Test
  void hostActions() {
    Api.Answer deactivated = api().post("/v2-beta/hosts/1h1/?action=deactivate", "");
    assertThat(deactivated.status()).isEqualTo(202);
    assertThat(deactivated.body().path("state").asText()).isEqualTo("inactive");
    assertThat(deactivated.body().path("actions").has("activate")).isTrue();
    assertThat(api().post("/v2-beta/hosts/1h1/?action=activate", "").body().path("state").asText())
        .isEqualTo("active");
    assertThat(api().post("/v2-beta/hosts/1h1/?action=fly", "").status()).isEqualTo(422);
  }

  @Test
  void scaleThroughPut() {
    Scenario scenario = new Scenario(rancher.emulator());
    String web =
        scenario.activeService(
            scenario.stack("demo"), "web", 1, "{\"imageUuid\":\"docker:nginx\"}");

    Api.Answer scaled = api().put("/v2-beta/services/" + web, "{\"scale\":3}");

    assertThat(scaled.status()).isEqualTo(200);
    assertThat(scaled.body().path("state").asText()).isEqualTo("updating-active");
    control()
        .await(
            web,
            "scaled",
            s -> s.path("state").asText().equals("active") && s.path("currentScale").asInt() == 3,
            Scenario.DEADLINE);
  }

  @Test
  void addAndRemoveServiceLinks() {
    Scenario scenario = new Scenario(rancher.emulator());
    String stack = scenario.stack("demo");
    String db = scenario.service(stack, "db", 1, "{\"imageUuid\":\"docker:redis\"}");
    String web = scenario.service(stack, "web", 1, "{\"imageUuid\":\"docker:nginx\"}");

    Api.Answer added =
        api()
            .post(
                "/v2-beta/services/" + web + "/?action=addservicelink",
                "{\"serviceLink\":{\"serviceId\":\"" + db + "\",\"name\":\"cache\"}}");
    assertThat(added.status()).isEqualTo(202);
    assertThat(added.body().path("linkedServices").path("cache").asText()).isEqualTo(db);
    Api.Answer removed =
        api()
            .post(
                "/v2-beta/services/" + web + "/?action=removeservicelink",
                "{\"serviceLink\":{\"serviceId\":\"" + db + "\"}}");
    assertThat(removed.body().path("linkedServices").size()).isZero();
    assertThat(
            api()
                .post(
                    "/v2-beta/services/" + web + "/?action=setservicelinks",
                    "{\"links\":null,\"actions\":null}")
                .status())
        .isEqualTo(202);
  }

  @Test
  void logsActionWithoutTheLogsPluginSaysSo() {
    Scenario scenario = new Scenario(rancher.emulator());
    String web =
        scenario.activeService(
            scenario.stack("demo"), "web", 1, "{\"imageUuid\":\"docker:nginx\"}");
    String container = control().containers(web).get(0).path("id").asText();

    Api.Answer logs = api().post("/v2-beta/containers/" + container + "/?action=logs", "null");

    assertThat(logs.status()).isIn(200, 503);
    if (logs.status() == 200) {
      assertThat(logs.body().path("type").asText()).isEqualTo("hostAccess");
      assertThat(logs.body().path("url").asText())
          .isEqualTo(api().base().replace("http", "ws") + "/v1/logs/");
      assertThat(logs.body().path("token").asText()).isNotBlank();
    } else {
      assertThat(logs.body().path("message").asText()).contains("logs plugin");
    }
  }
}
