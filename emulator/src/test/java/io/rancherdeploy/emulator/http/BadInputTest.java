package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input gets the Rancher error body with the right status, and changes nothing. */
class BadInputTest {

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static String stack;
  private static String web;

  @BeforeAll
  static void seed() {
    Scenario scenario = new Scenario(RANCHER.emulator());
    stack = scenario.stack("demo");
    web = scenario.service(stack, "web", 1, "{\"imageUuid\":\"docker:nginx:1.13\"}");
  }

  private static Api api() {
    return new Api(RANCHER.emulator());
  }

  private static void assertError(Api.Answer answer, int status, String code, String fieldName) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
    assertThat(answer.body().path("type").asText()).isEqualTo("error");
    assertThat(answer.body().path("status").asInt()).isEqualTo(status);
    assertThat(answer.body().path("code").asText()).isEqualTo(code);
    assertThat(answer.body().path("message").asText()).isNotBlank();
    if (fieldName != null) {
      assertThat(answer.body().path("fieldName").asText()).isEqualTo(fieldName);
    }
    assertThat(answer.schemas()).isNotBlank();
  }

  private static int stackCount() {
    return api().get("/v2-beta/stacks").data().size();
  }

  @Test
  void malformedJsonIs400AndCreatesNothing() {
    int before = stackCount();
    assertError(api().post("/v2-beta/stacks", "{\"name\":\"x\""), 400, "InvalidBodyContent", null);
    assertError(api().post("/v2-beta/stacks", "[1,2]"), 400, "InvalidBodyContent", null);
    assertThat(stackCount()).isEqualTo(before);
  }

  @Test
  void wrongTypesNameTheField() {
    assertError(
        api()
            .post(
                "/v2-beta/services",
                "{\"name\":\"x\",\"stackId\":\"" + stack + "\",\"scale\":\"many\"}"),
        422,
        "InvalidType",
        "scale");
    assertError(
        api()
            .post(
                "/v2-beta/services",
                "{\"name\":\"x\",\"stackId\":\"" + stack + "\",\"launchConfig\":[]}"),
        422,
        "InvalidType",
        "launchConfig");
    assertError(
        api().put("/v2-beta/services/" + web, "{\"metadata\":\"nope\"}"),
        422,
        "InvalidType",
        "metadata");
    assertThat(api().get("/v2-beta/services?stackId=" + stack).data()).hasSize(1);
  }

  @Test
  void namesAreCheckedAndUnique() {
    assertError(api().post("/v2-beta/stacks", "{}"), 422, "MissingRequired", "name");
    assertError(api().post("/v2-beta/stacks", "{\"name\":\"demo\"}"), 422, "NotUnique", "name");
    assertError(api().post("/v2-beta/stacks", "{\"name\":\"DEMO\"}"), 422, "NotUnique", "name");
    assertError(
        api().post("/v2-beta/services", "{\"name\":\"my_svc\",\"stackId\":\"" + stack + "\"}"),
        422,
        "InvalidCharacters",
        "name");
    assertError(
        api().post("/v2-beta/services", "{\"name\":\"web\",\"stackId\":\"" + stack + "\"}"),
        422,
        "NotUnique",
        "name");
    assertError(
        api().post("/v2-beta/services", "{\"name\":\"api\",\"stackId\":\"1st999\"}"),
        422,
        "InvalidReference",
        "stackId");
  }

  @Test
  void unknownActionsAndActionsInTheWrongStateChangeNothing() {
    assertError(
        api().post("/v2-beta/services/" + web + "/?action=explode", ""),
        422,
        "InvalidAction",
        null);
    assertError(
        api().post("/v2-beta/services/" + web + "/?action=finishupgrade", ""),
        422,
        "ActionNotAvailable",
        null);
    assertError(
        api().post("/v2-beta/services/" + web + "/?action=rollback", ""),
        422,
        "ActionNotAvailable",
        null);
    assertThat(api().get("/v2-beta/services/" + web).body().path("state").asText())
        .isEqualTo("inactive");
  }

  @Test
  void upgradeWithoutAStrategyIsRejectedBeforeAnyChange() {
    Scenario scenario = new Scenario(RANCHER.emulator());
    String api = scenario.activeService(stack, "api", 1, "{\"imageUuid\":\"docker:nginx:1.13\"}");

    assertError(
        api().post("/v2-beta/services/" + api + "/?action=upgrade", "{}"),
        422,
        "MissingRequired",
        "inServiceStrategy");
    assertError(
        api().post("/v2-beta/services/" + api + "/?action=upgrade", "{\"inServiceStrategy\":{}}"),
        422,
        "InvalidOption",
        "inServiceStrategy");
    assertError(
        api()
            .post(
                "/v2-beta/services/" + api + "/?action=upgrade",
                "{\"inServiceStrategy\":{\"batchSize\":\"two\",\"launchConfig\":{}}}"),
        422,
        "InvalidType",
        "batchSize");
    assertThat(api().get("/v2-beta/services/" + api).body().path("state").asText())
        .isEqualTo("active");
    assertThat(api().get("/v2-beta/services/" + api).body().path("upgrade").isNull()).isTrue();
  }

  @Test
  void badLinksAndPortRules() {
    assertError(
        api()
            .post(
                "/v2-beta/services/" + web + "/?action=setservicelinks",
                "{\"serviceLinks\":[{\"serviceId\":\"1s999\"}]}"),
        422,
        "InvalidReference",
        "serviceId");
    assertError(
        api()
            .post(
                "/v2-beta/loadbalancerservices",
                "{\"name\":\"lb\",\"stackId\":\""
                    + stack
                    + "\",\"lbConfig\":{\"portRules\":[{\"sourcePort\":80,\"protocol\":\"http\"}]}}"),
        422,
        "InvalidOption",
        "portRules");
    assertError(
        api()
            .post(
                "/v2-beta/loadbalancerservices",
                "{\"name\":\"lb\",\"stackId\":\""
                    + stack
                    + "\",\"lbConfig\":{\"portRules\":[{\"sourcePort\":42,\"serviceId\":\""
                    + web
                    + "\",\"targetPort\":80}]}}"),
        422,
        "InvalidPort",
        "sourcePort");
  }

  @Test
  void unknownIdsAndMethods() {
    assertError(api().get("/v2-beta/services/1s999"), 404, "Not Found", null);
    assertError(api().get("/v2-beta/widgets"), 404, "Not Found", null);
    assertError(api().post("/v2-beta/hosts", "{}"), 405, "Method not allowed", null);
    assertError(api().delete("/v2-beta/hosts/1h1"), 405, "Method not allowed", null);
  }
}
