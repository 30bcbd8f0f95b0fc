package io.rancherdeploy.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An account key that sees several environments: chosen by name or id, never guessed. */
class AccountKeyTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static String staging;
  private static String twin;

  @BeforeAll
  static void environments() {
    staging = RANCHER.emulator().control().addEnvironment("Staging");
    twin = RANCHER.emulator().control().addEnvironment("Twin");
    String twin2 = RANCHER.emulator().control().addEnvironment("Twin");
    RANCHER
        .emulator()
        .control()
        .addKey(
            io.rancherdeploy.emulator.model.ApiKey.account(
                "account-ak",
                "account-sk-3c9e",
                List.of(RancherEmulator.DEFAULT_PROJECT, staging, twin, twin2)));
  }

  private static RancherEndpoint.Builder endpoint() {
    return RancherEndpoint.builder(RANCHER.emulator().url())
        .apiKey(ApiKey.of("account-ak", "account-sk-3c9e"));
  }

  @Test
  void severalEnvironmentsAndNoneNamedIsAnErrorListingThem() {
    assertThatThrownBy(() -> RancherClient.connect(endpoint().build()))
        .isInstanceOf(RancherAuthenticationException.class)
        .hasMessageContaining("Staging (" + staging + ")")
        .hasMessageContaining("(1a5)")
        .hasMessageContaining("say which one");
  }

  @Test
  void anAmbiguousNameIsAnErrorAskingForTheId() {
    assertThatThrownBy(() -> RancherClient.connect(endpoint().environment("Twin").build()))
        .isInstanceOf(RancherAuthenticationException.class)
        .hasMessageContaining("ambiguous")
        .hasMessageContaining(twin);
  }

  @Test
  void worksInTheEnvironmentChosenByNameOrIdThroughProjectScopedUrls() {
    try (RancherClient client = RancherClient.connect(endpoint().environment("staging").build())) {
      assertThat(client.environment().id()).isEqualTo(staging);
      assertThat(client.environments()).hasSize(4);
      Stack stack = client.create(ResourceType.STACK, Map.of("name", "on-staging"));
      assertThat(stack.accountId()).contains(staging);
      assertThat(stack.selfLink().orElseThrow()).contains("/projects/" + staging + "/");
    }
    try (RancherClient client = RancherClient.connect(endpoint().environment(twin).build())) {
      assertThat(client.environment().id()).isEqualTo(twin);
      assertThat(client.findByName(ResourceType.STACK, "on-staging")).isEmpty();
    }
  }

  @Test
  void listEnvironmentsShowsThemAllWithTheChoiceConnectWouldMake() {
    EnvironmentListing unnamed = RancherClient.listEnvironments(endpoint().build());
    assertThat(unnamed.environments())
        .extracting(Environment::name)
        .containsExactlyInAnyOrder("Default", "Staging", "Twin", "Twin");
    assertThat(unnamed.choice()).isInstanceOf(EnvironmentChoice.NotNamed.class);
    EnvironmentListing byName =
        RancherClient.listEnvironments(endpoint().environment("staging").build());
    assertThat(byName.choice().chosen()).map(Environment::id).contains(staging);
    assertThat(RancherClient.listEnvironments(endpoint().environment("Twin").build()).choice())
        .isInstanceOfSatisfying(
            EnvironmentChoice.Ambiguous.class,
            a -> assertThat(a.matches()).extracting(Environment::id).contains(twin).hasSize(2));
    EnvironmentListing unknown =
        RancherClient.listEnvironments(endpoint().environment("Prod").build());
    assertThat(unknown.choice()).isEqualTo(new EnvironmentChoice.Unknown("Prod"));
    assertThat(unknown.environments()).hasSize(4);
  }
}
