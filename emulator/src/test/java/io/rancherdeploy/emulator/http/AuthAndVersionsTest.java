package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.model.ApiKey;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthAndVersionsTest {

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static String staging;

  @BeforeAll
  static void seed() {
    staging = RANCHER.emulator().control().addEnvironment("Staging");
    RANCHER.emulator().control().addHost(staging, "s1");
    RANCHER.emulator().control().addKey(ApiKey.environment("STAGE", "stage-secret", staging));
    RANCHER
        .emulator()
        .control()
        .addKey(ApiKey.account("ACCOUNT", "account-secret", List.of("1a5", staging)));
  }

  private static Api api() {
    return new Api(RANCHER.emulator());
  }

  private static Api account() {
    return api().as("ACCOUNT", "account-secret");
  }

  @Test
  void environmentKeysAreScopedToTheirEnvironment() {
    Api stage = api().as("STAGE", "stage-secret");
    assertThat(stage.get("/v2-beta/hosts").data())
        .extracting(h -> h.path("name").asText())
        .containsExactly("s1");
    assertThat(stage.get("/v2-beta/projects").data())
        .extracting(p -> p.path("id").asText())
        .containsExactly(staging);
    assertThat(stage.get("/v2-beta/projects/1a5/hosts").status()).isEqualTo(404);
    assertThat(stage.get("/v2-beta").raw().header("X-Api-Account-Id")).isEqualTo(staging);
  }

  @Test
  void accountKeySeesSeveralEnvironmentsAndCannotCreateUnscoped() {
    assertThat(account().get("/v2-beta/projects").data()).hasSize(2);
    JsonNode schemas = account().get("/v2-beta/schemas").data();
    assertThat(schemas)
        .filteredOn(s -> s.path("id").asText().equals("stack"))
        .allSatisfy(s -> assertThat(s.path("collectionMethods").toString()).doesNotContain("POST"));
    assertThat(account().post("/v2-beta/stacks", "{\"name\":\"nope\"}").status()).isEqualTo(405);

    Api.Answer created =
        account().post("/v2-beta/projects/" + staging + "/stacks", "{\"name\":\"scoped\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().path("accountId").asText()).isEqualTo(staging);
    assertThat(created.body().path("links").path("self").asText())
        .startsWith(api().base() + "/v2-beta/projects/" + staging + "/stacks/");
    Api.Answer byHeader =
        account()
            .call(
                new Request.Builder()
                    .url(api().base() + "/v2-beta/stacks?name=scoped")
                    .header("X-API-Project-Id", staging)
                    .get());
    assertThat(byHeader.data()).hasSize(1);
  }

  @Test
  void noChallengeHeaderSuppressesWwwAuthenticate() {
    Api.Answer answer =
        api()
            .as("x", "y")
            .call(
                new Request.Builder()
                    .url(api().base() + "/v2-beta")
                    .header("X-API-No-Challenge", "true")
                    .get());
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.raw().header("WWW-Authenticate")).isNull();
  }

  @Test
  void v1ShowsStacksAsEnvironmentsWithEnvironmentIds() {
    Api.Answer created = api().post("/v1/environments", "{\"name\":\"legacy\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().path("type").asText()).isEqualTo("environment");
    String id = created.body().path("id").asText();
    assertThat(id).startsWith("1e");
    RANCHER.emulator().control().awaitState("1st" + id.substring(2), "active", Scenario.DEADLINE);

    Api.Answer service =
        api()
            .post(
                "/v1/services",
                "{\"name\":\"old\",\"environmentId\":\""
                    + id
                    + "\",\"launchConfig\":{\"imageUuid\":\"docker:nginx\"}}");
    assertThat(service.status()).as(service.body().toString()).isEqualTo(201);
    assertThat(service.body().path("environmentId").asText()).isEqualTo(id);
    assertThat(service.body().has("stackId")).isFalse();
    assertThat(service.body().path("links").has("environment")).isTrue();
    assertThat(api().get("/v1/services?environmentId=" + id).data()).hasSize(1);
    assertThat(api().get("/v2-beta/stacks/1st" + id.substring(2)).body().path("name").asText())
        .isEqualTo("legacy");
    assertThat(api().get("/v1/environments/" + id).schemas())
        .isEqualTo(api().base() + "/v1/schemas");
  }

  @Test
  void everyAnswerHasTheRancherHeaders() {
    Api.Answer answer = api().get("/v2-beta/projects/1a5/stacks");
    assertThat(answer.schemas()).isEqualTo(api().base() + "/v2-beta/projects/1a5/schemas");
    assertThat(answer.raw().header("X-Rancher-Version")).startsWith("v1.6");
    assertThat(answer.raw().header("Content-Type")).startsWith("application/json");
  }
}
