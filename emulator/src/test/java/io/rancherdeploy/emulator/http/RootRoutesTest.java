package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RootRoutesTest {

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private Api api() {
    return new Api(RANCHER.emulator());
  }

  @Test
  void v2BetaRootAnswersWithTheSchemasHeader() {
    Api.Answer answer = api().get("/v2-beta");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.schemas()).isEqualTo(api().base() + "/v2-beta/schemas");
    assertThat(answer.body().path("type").asText()).isEqualTo("apiVersion");
    assertThat(answer.body().path("links").path("stacks").asText())
        .isEqualTo(api().base() + "/v2-beta/stacks");
  }

  @Test
  void rootPointsAtTheV1Schemas() {
    Api.Answer answer = api().get("/");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.schemas()).isEqualTo(api().base() + "/v1/schemas");
  }

  @Test
  void projectScopedSchemasHeaderEqualsTheRequestUrl() {
    Api.Answer answer = api().get("/v2-beta/projects/1a5/schemas");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.schemas()).isEqualTo(api().base() + "/v2-beta/projects/1a5/schemas");
    assertThat(answer.data())
        .anySatisfy(
            schema -> {
              assertThat(schema.path("id").asText()).isEqualTo("stack");
              assertThat(schema.path("collectionMethods").toString()).contains("POST");
              assertThat(schema.path("links").path("collection").asText())
                  .isEqualTo(api().base() + "/v2-beta/projects/1a5/stacks");
            });
  }

  @Test
  void v1ShowsStacksAsEnvironments() {
    Api.Answer answer = api().get("/v1/schemas/environment");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("links").path("collection").asText())
        .isEqualTo(api().base() + "/v1/environments");
  }

  @Test
  void wrongKeyGets401WithTheRancherErrorBodyAndChallenge() {
    Api.Answer answer = api().as("nobody", "wrong").get("/v2-beta");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.schemas()).isEqualTo(api().base() + "/v2-beta/schemas");
    assertThat(answer.raw().header("WWW-Authenticate")).startsWith("Basic realm=");
    assertThat(answer.body().path("type").asText()).isEqualTo("error");
    assertThat(answer.body().path("status").asInt()).isEqualTo(401);
    assertThat(answer.body().path("code").asText()).isEqualTo("Unauthorized");
  }

  @Test
  void unknownPathIs404WithErrorBody() {
    Api.Answer answer = api().get("/v2-beta/nothing-here/at/all");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body().path("baseType").asText()).isEqualTo("error");
    assertThat(answer.schemas()).isNotBlank();
  }

  @Test
  void catalogRootAnswers() {
    assertThat(api().get("/v1-catalog").status()).isEqualTo(200);
    assertThat(api().get("/v1-catalog/schemas").schemas())
        .isEqualTo(api().base() + "/v1-catalog/schemas");
  }

  @Test
  void everyRequestIsJournaledWithItsStatus() {
    RANCHER.emulator().control().clearRequests();
    api().get("/v2-beta");
    api().as("x", "y").get("/v2-beta");

    assertThat(RANCHER.emulator().control().requests())
        .extracting(r -> r.line() + " " + r.status())
        .containsExactly("GET /v2-beta 200", "GET /v2-beta 401");
    assertThat(RANCHER.emulator().control().requests().get(0).headers())
        .containsKey("host")
        .doesNotContainKey("authorization");
  }
}
