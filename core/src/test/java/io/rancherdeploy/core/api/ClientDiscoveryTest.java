package io.rancherdeploy.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientDiscoveryTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static RancherEndpoint.Builder endpoint(URI url) {
    RancherEmulator emulator = RANCHER.emulator();
    return RancherEndpoint.builder(url)
        .apiKey(ApiKey.of(emulator.accessKey(), emulator.secretKey()));
  }

  @Test
  void discoversV2BetaFromTheBareServerUrlWithAnEnvironmentKey() {
    RANCHER.emulator().control().clearRequests();
    try (RancherClient client = RancherClient.connect(endpoint(RANCHER.emulator().url()).build())) {
      assertThat(client.apiVersion()).isEqualTo(ApiVersion.V2_BETA);
      assertThat(client.environment().id()).isEqualTo(RancherEmulator.DEFAULT_PROJECT);
      assertThat(client.environments())
          .extracting(Environment::id)
          .contains(RancherEmulator.DEFAULT_PROJECT);
    }
    // The API version's links name the projects collection: the root schemas are never needed.
    assertThat(RANCHER.emulator().control().requests())
        .extracting(RecordedRequest::line)
        .containsExactly(
            "GET /v2-beta",
            "GET /v2-beta/projects",
            "GET /v2-beta/projects/1a5/schemas",
            "GET /v2-beta/projects/1a5/subscribe");
  }

  @Test
  void theProxyPasswordIsMaskedAsGivenDecodedAndInItsBasicToken() {
    String password = "p@ss:w%rd/ü 1";
    String encoded = "p%40ss%3Aw%25rd%2F%C3%BC%201";
    RancherEndpoint endpoint =
        endpoint(RANCHER.emulator().url())
            .proxy(URI.create("http://ci:" + encoded + "@proxy.invalid:3128"))
            .noProxy(host -> true)
            .build();
    try (RancherClient client = RancherClient.connect(endpoint)) {
      String token =
          okhttp3.Credentials.basic("ci", password, java.nio.charset.StandardCharsets.UTF_8);
      String masked = client.masker().mask("a " + password + " b " + encoded + " c " + token);

      assertThat(masked)
          .doesNotContain(password)
          .doesNotContain(encoded)
          .doesNotContain(token.substring("Basic ".length()))
          .startsWith("a ");
    }
  }

  @Test
  void acceptsAUrlThatAlreadyNamesTheVersionOrTheSchemas() {
    URI base = RANCHER.emulator().url();
    for (String path : new String[] {"/v2-beta", "/v2-beta/", "/v2-beta/schemas", "/v1"}) {
      try (RancherClient client =
          RancherClient.connect(endpoint(URI.create(base + path)).build())) {
        assertThat(client.environment().id()).as(path).isEqualTo(RancherEmulator.DEFAULT_PROJECT);
        assertThat(client.apiVersion())
            .as(path)
            .isEqualTo(path.equals("/v1") ? ApiVersion.V1 : ApiVersion.V2_BETA);
      }
    }
  }

  @Test
  void aWrongSecretIsAnAuthenticationErrorThatNeverShowsTheSecret() {
    RancherEndpoint bad =
        RancherEndpoint.builder(RANCHER.emulator().url())
            .apiKey(ApiKey.of(RANCHER.emulator().accessKey(), "wrong-secret-canary-7f3a"))
            .build();
    assertThatThrownBy(() -> RancherClient.connect(bad))
        .isInstanceOf(RancherAuthenticationException.class)
        .hasMessageContaining("401")
        .hasMessageContaining(RANCHER.emulator().accessKey())
        .hasMessageNotContaining("wrong-secret-canary-7f3a")
        .satisfies(
            e ->
                assertThat(((RancherDeployException) e).kind())
                    .isEqualTo(ErrorKind.AUTHENTICATION));
  }

  @Test
  void anUnknownEnvironmentListsWhatTheKeySees() {
    RancherEndpoint wrong = endpoint(RANCHER.emulator().url()).environment("Production").build();
    assertThatThrownBy(() -> RancherClient.connect(wrong))
        .isInstanceOf(RancherAuthenticationException.class)
        .hasMessageContaining("'Production'")
        .hasMessageContaining("(1a5)");
  }

  @Test
  void theEnvironmentCanBeGivenByIdOrName() {
    try (RancherClient byId =
        RancherClient.connect(endpoint(RANCHER.emulator().url()).environment("1a5").build())) {
      assertThat(byId.environment().id()).isEqualTo("1a5");
      String name = byId.environment().name();
      try (RancherClient byName =
          RancherClient.connect(endpoint(RANCHER.emulator().url()).environment(name).build())) {
        assertThat(byName.environment().id()).isEqualTo("1a5");
      }
    }
  }

  @Test
  void aServerThatIsNotRancherIsNamedAsSuch() {
    RancherEndpoint notApi =
        endpoint(URI.create(RANCHER.emulator().url() + "/nothing-here")).build();
    assertThatThrownBy(() -> RancherClient.connect(notApi))
        .isInstanceOf(RancherDeployException.class)
        .hasMessageContaining("/nothing-here");
  }
}
